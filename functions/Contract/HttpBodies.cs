using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;

namespace Alerts.Functions.Contract;

/// <summary>
/// Reads the body of an HTTP trigger request as JSON or as an HTML form. JSON is read strictly (unknown fields
/// are refused) so that a misspelt field is reported instead of silently ignored.
/// </summary>
public static class HttpBodies
{
    public const int MaxBodyChars = 64 * 1024;

    private static readonly JsonSerializerOptions Strict = new(PayloadJson.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // "topics": null would otherwise put null into a list the validator reads.
        RespectNullableAnnotations = true,
    };

    public static bool IsForm(HttpRequestData request) =>
        request.Header("Content-Type") is { } type && type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    /// <summary>The form fields (first value of each); an empty body gives no fields.</summary>
    public static Dictionary<string, string> Form(HttpRequestData request) =>
        QueryHelpers.ParseQuery(string.IsNullOrEmpty(request.Body) ? "" : "?" + request.Body.TrimStart('?'))
            .ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The body as a <typeparamref name="T"/>, or a message saying what is wrong with it.</summary>
    public static bool TryJson<T>(HttpRequestData request, out T? value, out string error) where T : class
    {
        value = null;
        error = "";
        var body = request.Body;
        if (string.IsNullOrWhiteSpace(body))
        {
            error = "The request has no body; send JSON.";
            return false;
        }
        if (body.Length > MaxBodyChars)
        {
            error = $"The body is larger than {MaxBodyChars / 1024} KB.";
            return false;
        }
        try
        {
            value = JsonSerializer.Deserialize(body, PayloadJson.TypeInfo<T>(Strict));
        }
        catch (JsonException ex)
        {
            error = "The body is not valid JSON for this request: " + FirstSentence(ex.Message);
            return false;
        }
        if (value is null)
        {
            error = "The body is JSON null; send an object.";
            return false;
        }
        return true;
    }

    public static string? Query(HttpRequestData request, string name) =>
        request.Query.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    /// <summary>Splits "a, b,c" form values into a list.</summary>
    public static IReadOnlyList<string> List(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // System.Text.Json messages end with the path and position, which is what a caller needs; drop the rest.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal) is var p and > 0 ? message.IndexOf('|', p) : -1;
        return cut > 0 ? message[..cut].Trim() : message;
    }
}
