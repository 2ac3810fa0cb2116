using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alerts.Functions.Contract;
using Microsoft.Extensions.Logging;

namespace Alerts.Tests.Functions;

/// <summary>Posts each payload shape the Functions host sends to the app and checks the reply shape.</summary>
public sealed class HandlerContractTests : IClassFixture<HandlerContractTests.Fixture>
{
    private readonly HttpClient _client;
    private readonly ProbeFunction _probe;

    public HandlerContractTests(Fixture fixture)
    {
        _client = fixture.Factory.CreateClient();
        _probe = fixture.Probe;
    }

    public sealed class Fixture : IDisposable
    {
        public ProbeFunction Probe { get; } = new();
        public HandlerFactory Factory { get; }
        public Fixture() => Factory = new HandlerFactory(Probe);
        public void Dispose() => Factory.Dispose();
    }

    /// <summary>A test function that reads whatever binding it is given and echoes it back.</summary>
    public sealed class ProbeFunction : IFunction
    {
        public string Name => "Probe";
        public InvocationRequest? Last { get; private set; }
        public string? LastInvocationId { get; private set; }

        public Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
        {
            Last = request;
            LastInvocationId = context.InvocationId;
            var kind = request.Data.ContainsKey("timer") ? "timer" : request.Data.ContainsKey("req") ? "http" : "queue";
            JsonNode? value = kind switch
            {
                "timer" => PayloadReader.Timer(request, "timer").IsPastDue,
                "http" => PayloadReader.Http(request).Query.GetValueOrDefault("q"),
                _ => PayloadReader.QueueMessage<JsonObject>(request, "message")["n"]?.GetValue<int>(),
            };
            if (kind == "http")
            {
                return Task.FromResult(context.Reply(null, ("res", HttpResponseData.Json(201, new JsonObject { ["echo"] = value }))));
            }
            return Task.FromResult(context.Reply(new JsonObject { ["kind"] = kind, ["value"] = value }, ("out", new[] { "a", "b" })));
        }
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(string function, string body, string? invocationId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + function) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (invocationId != null) request.Headers.Add("X-Azure-Functions-InvocationId", invocationId);
        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }

    [Fact]
    public async Task Timer_payload_is_read_and_reply_has_outputs_logs_and_return_value()
    {
        var (status, body) = await PostAsync("Probe",
            """{"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":{"Last":"2026-01-01T00:00:00Z","Next":"2026-01-01T00:05:00Z"},"IsPastDue":true}},"Metadata":{"sys":{"MethodName":"Probe"}}}""",
            "inv-timer-1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("timer", body["ReturnValue"]!["kind"]!.GetValue<string>());
        Assert.True(body["ReturnValue"]!["value"]!.GetValue<bool>());
        Assert.Equal(["a", "b"], body["Outputs"]!["out"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.NotNull(body["Logs"]);
        Assert.Equal("inv-timer-1", _probe.LastInvocationId);
    }

    [Theory]
    [InlineData("\"{\\\"n\\\":7}\"")]              // the message text, as a JSON string
    [InlineData("\"\\\"{\\\\\\\"n\\\\\\\":7}\\\"\"")] // the same text quoted once more
    [InlineData("{\"n\":7}")]                        // a JSON message passed as an object
    public async Task Queue_message_arrives_in_any_of_the_host_shapes(string messageJson)
    {
        var (status, body) = await PostAsync("Probe",
            "{\"Data\":{\"message\":" + messageJson + "}," +
            "\"Metadata\":{\"DequeueCount\":\"2\",\"Id\":\"m1\",\"InsertionTime\":\"2026-01-01T00:00:00+00:00\",\"PopReceipt\":\"p\",\"sys\":{\"MethodName\":\"Probe\"}}}");;
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(7, body["ReturnValue"]!["value"]!.GetValue<int>());
        Assert.Equal(2, PayloadReader.DequeueCount(_probe.Last!));
    }

    [Fact]
    public async Task Http_request_data_maps_to_res_output()
    {
        var (status, body) = await PostAsync("Probe",
            """{"Data":{"req":{"Url":"http://h/api/probe?q=hi","Method":"GET","Query":{"q":"hi"},"Headers":{"Accept":["*/*"]},"Params":{},"Body":null}},"Metadata":{}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        var res = body["Outputs"]!["res"]!;
        Assert.Equal(201, res["statusCode"]!.GetValue<int>());
        Assert.Equal("hi", JsonNode.Parse(res["body"]!.GetValue<string>())!["echo"]!.GetValue<string>());
        Assert.StartsWith("application/json", res["headers"]!["Content-Type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_message_that_is_not_json_fails_the_invocation_with_500_so_the_host_retries()
    {
        var (status, body) = await PostAsync("Probe", """{"Data":{"message":"this is not json"},"Metadata":{"DequeueCount":1}}""");
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains("not a valid JsonObject message", body["ReturnValue"]!["error"]!.GetValue<string>());
        Assert.Contains(body["Logs"]!.AsArray(), l => l!.GetValue<string>().Contains("failed (bad message)"));
    }

    [Fact]
    public async Task A_body_that_is_not_the_host_envelope_fails_with_500()
    {
        var (status, _) = await PostAsync("Probe", "{not json");
        Assert.Equal(HttpStatusCode.InternalServerError, status);
    }

    [Fact]
    public async Task Every_function_json_folder_has_a_route_the_app_serves()
    {
        var functionsRoot = Path.Combine(TestPaths.RepoRoot, "functions");
        foreach (var dir in Directory.GetDirectories(functionsRoot).Where(d => File.Exists(Path.Combine(d, "function.json"))))
        {
            // An empty envelope: every real function rejects it with its own error, never with 404/405.
            using var response = await _client.PostAsync("/" + Path.GetFileName(dir), new StringContent("""{"Data":{},"Metadata":{}}""", Encoding.UTF8, "application/json"));
            Assert.NotEqual(HttpStatusCode.NotFound, response.StatusCode);
            Assert.NotEqual(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        }
    }

    [Fact]
    public async Task An_unknown_function_is_404_and_a_function_asked_with_get_is_405()
    {
        using var unknown = await _client.PostAsync("/NoSuchFunction", new StringContent("""{"Data":{},"Metadata":{}}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var get = await _client.GetAsync("/Probe");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Contains("POST", get.Content.Headers.Allow);
    }

    [Fact]
    public async Task Function_names_match_whatever_their_case()
    {
        var (status, body) = await PostAsync("probe",
            """{"Data":{"timer":{"Schedule":{"AdjustForDST":true},"IsPastDue":false}},"Metadata":{"sys":{"MethodName":"Probe"}}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("timer", body["ReturnValue"]!["kind"]!.GetValue<string>());
    }
}
