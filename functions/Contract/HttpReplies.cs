using System.Text.Json;
using System.Text.Json.Nodes;
using Alerts.Subscribers;

namespace Alerts.Functions.Contract;

/// <summary>
/// Turns a <see cref="SubscriptionResult"/> into the HTTP output binding: its page when it has one, else JSON
/// <c>{message, ...body}</c>. Every reply carries the headers that keep browsers and proxies from misusing it.
/// </summary>
public static class HttpReplies
{
    /// <summary>Pages and answers reached with a signed token: never cached, never leaking the token as a Referer, never framed.</summary>
    public static HttpResponseData FromResult(SubscriptionResult result, bool carriesToken)
    {
        var response = result.Html is not null
            ? HttpResponseData.Html(result.StatusCode, result.Html)
            : HttpResponseData.Json(result.StatusCode, JsonBody(result.Message, result.Body));
        return Secure(response, carriesToken);
    }

    /// <summary>The invocation's reply with <paramref name="response"/> as its HTTP output binding "res".</summary>
    public static InvocationResponse Http(this FunctionContext context, HttpResponseData response) => context.Reply(null, ("res", response));

    public static HttpResponseData Error(int status, string message) =>
        Secure(HttpResponseData.Json(status, new JsonObject { ["message"] = message }), carriesToken: false);

    /// <summary>Adds nosniff and framing rules to any reply; token replies also get no-store and no-referrer.</summary>
    public static HttpResponseData Secure(HttpResponseData response, bool carriesToken)
    {
        var headers = new Dictionary<string, string>(response.Headers, StringComparer.OrdinalIgnoreCase)
        {
            ["X-Content-Type-Options"] = "nosniff",
            ["X-Frame-Options"] = "DENY",
            ["Referrer-Policy"] = "no-referrer",
        };
        if (carriesToken) headers["Cache-Control"] = "no-store";
        if (headers.TryGetValue("Content-Type", out var type) && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            // Our pages use inline styles and a same-origin form, nothing else: no scripts, no remote content.
            headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        }
        return response with { Headers = headers };
    }

    /// <summary>The body's properties next to the message; a body that is not an object goes under "items" (lists) or "value".</summary>
    public static JsonObject JsonBody(string message, object? body)
    {
        var json = new JsonObject { ["message"] = message };
        if (body is null) return json;
        var node = JsonSerializer.SerializeToNode(body, PayloadJson.TypeInfo(body.GetType()));
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (name.Equals("message", StringComparison.OrdinalIgnoreCase)) continue;
                    obj.Remove(name);
                    json[name] = value;
                }
                break;
            case JsonArray array:
                json["items"] = array.DeepClone();
                break;
            case not null:
                json["value"] = node.DeepClone();
                break;
        }
        return json;
    }
}
