using System.Text.Json.Nodes;
using Alerts.Cli.DevServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Alerts.Cli.Runner;

/// <summary>
/// The host's HTTP front for httpTrigger functions, on a loopback port: /api/{route}. The request is passed to
/// the handler as Data.req (not forwarded), and Outputs.res becomes the HTTP response. Function-level auth
/// checks the key from the FunctionKey setting in ?code= or x-functions-key.
/// </summary>
public sealed class HttpTriggerFront(IReadOnlyList<FunctionDefinition> functions,
    Func<FunctionDefinition, JsonObject, JsonObject, CancellationToken, Task<InvocationResult>> invoke, RunnerLog log, string? functionKey = null, int port = 0)
    : IAsyncDisposable
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async Task StartAsync(CancellationToken ct)
    {
        (_app, BaseAddress) = await LoopbackWebApp.StartAsync(port, app =>
        {
            foreach (var f in functions)
            {
                var route = f.Trigger.Get("route") is { Length: > 0 } r ? r : f.Name;
                var methods = (f.Trigger.Raw["methods"] as JsonArray)?.Select(m => m!.GetValue<string>().ToUpperInvariant()).ToArray() ?? ["GET", "POST"];
                app.MapMethods("/api/" + route.TrimStart('/'), methods, (HttpContext http) => HandleAsync(f, http));
            }
        }, ct).ConfigureAwait(false);
    }

    private async Task HandleAsync(FunctionDefinition f, HttpContext http)
    {
        if (f.Trigger.Get("authLevel") is "function" or "admin" && !KeyMatches(http))
        {
            log.Warn($"{f.Name}: request without a valid function key refused (401)");
            http.Response.StatusCode = 401;
            await http.Response.WriteAsync("A function key is required (?code= or x-functions-key).").ConfigureAwait(false);
            return;
        }
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        var query = new JsonObject();
        foreach (var (k, v) in http.Request.Query) query[k] = v.ToString();
        var headers = new JsonObject();
        foreach (var (k, v) in http.Request.Headers) headers[k] = new JsonArray(v.Select(x => (JsonNode?)x).ToArray());
        var parameters = new JsonObject();
        foreach (var (k, v) in http.Request.RouteValues) parameters[k] = v?.ToString();
        var req = new JsonObject
        {
            ["Url"] = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.Path}{http.Request.QueryString}",
            ["Method"] = http.Request.Method, ["Query"] = query, ["Headers"] = headers, ["Params"] = parameters, ["Body"] = body,
        };
        var metadata = new JsonObject { ["Query"] = query.DeepClone(), ["Headers"] = headers.DeepClone() };
        var result = await invoke(f, new JsonObject { [f.Trigger.Name] = req }, metadata, http.RequestAborted).ConfigureAwait(false);
        var res = result.Outputs?["res"] as JsonObject;
        if (!result.Succeeded || res is null)
        {
            http.Response.StatusCode = 500;
            await http.Response.WriteAsync(result.Error ?? "the function returned no 'res' output").ConfigureAwait(false);
            return;
        }
        http.Response.StatusCode = res["statusCode"] is JsonValue sc && sc.TryGetValue<int>(out var code) ? code : 200;
        if (res["headers"] is JsonObject hs)
        {
            foreach (var (k, v) in hs) http.Response.Headers[k] = v?.ToString();
        }
        if (res["body"]?.ToString() is { } text) await http.Response.WriteAsync(text).ConfigureAwait(false);
    }

    private bool KeyMatches(HttpContext http)
    {
        if (string.IsNullOrEmpty(functionKey)) return true;
        var given = http.Request.Query["code"].FirstOrDefault() ?? http.Request.Headers["x-functions-key"].FirstOrDefault();
        return given is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(given), System.Text.Encoding.UTF8.GetBytes(functionKey));
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync().ConfigureAwait(false);
    }
}
