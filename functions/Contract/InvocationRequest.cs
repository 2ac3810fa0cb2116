using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alerts.Functions.Contract;

/// <summary>What the Functions host POSTs to /{FunctionName}: trigger and input binding data, plus trigger metadata.</summary>
public sealed class InvocationRequest
{
    [JsonPropertyName("Data")] public Dictionary<string, JsonElement> Data { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    [JsonPropertyName("Metadata")] public Dictionary<string, JsonElement> Metadata { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>The reply: output bindings by name, log lines for the host's log, and the return value.</summary>
public sealed class InvocationResponse
{
    [JsonPropertyName("Outputs")] public Dictionary<string, object?> Outputs { get; set; } = new();
    [JsonPropertyName("Logs")] public List<string> Logs { get; set; } = [];
    [JsonPropertyName("ReturnValue")] public object? ReturnValue { get; set; }
}

/// <summary>The return value of a failed invocation: <c>{"error": message}</c>.</summary>
public sealed record InvocationError(string Error);

/// <summary>Timer trigger data: <c>Data.{name}</c>.</summary>
public sealed record TimerInfo
{
    public JsonElement? Schedule { get; init; }
    public JsonElement? ScheduleStatus { get; init; }
    public bool IsPastDue { get; init; }
}

/// <summary>
/// HTTP trigger data when the host does not forward the raw request: <c>Data.req</c>. Setters, not init: compiled
/// JSON keeps the default of a field the host leaves out only through a setter (dotnet/runtime#84484).
/// </summary>
public sealed record HttpRequestData
{
    public string Url { get; set; } = "";
    public string Method { get; set; } = "GET";
    public Dictionary<string, string> Query { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, string[]> Headers { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, string> Params { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public string? Body { get; set; }

    public string? Header(string name) => Headers.TryGetValue(name, out var v) && v.Length > 0 ? v[0] : null;
}

/// <summary>The HTTP output binding value: <c>Outputs.res</c>.</summary>
public sealed record HttpResponseData
{
    [JsonPropertyName("statusCode")] public int StatusCode { get; init; } = 200;
    [JsonPropertyName("body")] public string? Body { get; init; }
    [JsonPropertyName("headers")] public Dictionary<string, string> Headers { get; init; } = new();

    public static HttpResponseData Json(int status, object value) => new()
    {
        StatusCode = status,
        Body = JsonSerializer.Serialize(value, PayloadJson.TypeInfo(value.GetType())),
        Headers = new() { ["Content-Type"] = "application/json; charset=utf-8" },
    };

    public static HttpResponseData Html(int status, string html) => new()
    {
        StatusCode = status,
        Body = html,
        Headers = new() { ["Content-Type"] = "text/html; charset=utf-8", ["X-Content-Type-Options"] = "nosniff" },
    };
}

/// <summary>A payload that does not have the shape its binding promises. The invocation fails, so the host retries and finally poisons it.</summary>
public sealed class PayloadException(string message, Exception? inner = null) : Exception(message, inner);
