using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alerts.Cli.Runner;

public sealed record InvocationResult(bool Succeeded, int StatusCode, JsonObject? Outputs, IReadOnlyList<string> Logs, JsonNode? ReturnValue, string? Error, long Ms);

/// <summary>POSTs {Data, Metadata} to /{FunctionName} with the invocation id header, exactly as the host does.</summary>
public sealed class HostInvoker(HttpClient http)
{
    public async Task<InvocationResult> InvokeAsync(string function, JsonObject data, JsonObject metadata, CancellationToken ct, Uri baseAddress)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var body = new JsonObject { ["Data"] = data, ["Metadata"] = metadata };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, function))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        try
        {
            using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            JsonObject? reply = null;
            try { reply = JsonNode.Parse(text) as JsonObject; }
            catch (JsonException) { }
            var logs = (reply?["Logs"] as JsonArray)?.Select(l => l?.ToString() ?? "").ToList() ?? [];
            var ok = response.IsSuccessStatusCode;
            var error = ok ? null : reply?["ReturnValue"]?["error"]?.ToString() ?? $"HTTP {(int)response.StatusCode}";
            return new InvocationResult(ok, (int)response.StatusCode, reply?["Outputs"] as JsonObject, logs, reply?["ReturnValue"], error, started.ElapsedMilliseconds);
        }
        catch (HttpRequestException ex)
        {
            return new InvocationResult(false, 0, null, [], null, "handler unreachable: " + ex.Message, started.ElapsedMilliseconds);
        }
    }
}
