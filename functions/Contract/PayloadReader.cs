using System.Globalization;
using System.Text.Json;
using Alerts.Pipeline;

namespace Alerts.Functions.Contract;

/// <summary>
/// Reads binding values out of an invocation. The host passes a queue message as a JSON string, and a
/// message that is itself JSON may arrive quoted once more; both shapes yield the same text.
/// </summary>
public static class PayloadReader
{
    public static string QueueMessageText(InvocationRequest request, string bindingName)
    {
        if (!request.Data.TryGetValue(bindingName, out var value))
        {
            throw new PayloadException($"Data.{bindingName} is missing: the queue trigger's binding name must match function.json.");
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => Unquote(StringOf(value, "Data." + bindingName)),
            JsonValueKind.Object or JsonValueKind.Array => RawTextOf(value, "Data." + bindingName),
            JsonValueKind.Null or JsonValueKind.Undefined => throw new PayloadException($"Data.{bindingName} is null."),
            _ => RawTextOf(value, "Data." + bindingName),
        };
    }

    /// <summary>A JSON string escaping half a surrogate pair cannot become a .NET string without loss: a payload error.</summary>
    private static string StringOf(JsonElement value, string path)
    {
        try
        {
            return value.GetString() ?? "";
        }
        catch (InvalidOperationException ex)
        {
            throw new PayloadException($"{path} is not valid UTF-16 text: {ex.Message}", ex);
        }
    }

    /// <summary>The envelope parser accepts invalid UTF-8 inside strings it does not decode; copying the raw text
    /// out then throws. That is a payload error too, not a crash of the function (found by the payload fuzz campaign).</summary>
    private static string RawTextOf(JsonElement value, string path)
    {
        try
        {
            return value.GetRawText();
        }
        catch (InvalidOperationException ex)
        {
            throw new PayloadException($"{path} is not valid UTF-8 JSON: {ex.Message}", ex);
        }
    }

    public static T QueueMessage<T>(InvocationRequest request, string bindingName) =>
        Deserialize<T>(QueueMessageText(request, bindingName), bindingName);

    /// <summary>An items-queue message: one bare item, or a batch of them (FetchFeed packs a fetch's new items, see <see cref="ItemBatches"/>).</summary>
    public static IReadOnlyList<ItemMessage> ItemMessages(InvocationRequest request, string bindingName)
    {
        var text = QueueMessageText(request, bindingName);
        if (!HasTopLevelProperty(text, "items")) return [Deserialize<ItemMessage>(text, bindingName)];
        var batch = Deserialize<ItemBatchMessage>(text, bindingName);
        if (batch.Items.Count == 0 || batch.Items.Any(i => i is null))
        {
            throw new PayloadException($"Data.{bindingName} is an item batch with an empty or null item (first 80 chars: {Preview(text)})");
        }
        return batch.Items;
    }

    /// <summary>Whether the text is a JSON object with the named property (any case) at its top level; false for anything unreadable.</summary>
    private static bool HasTopLevelProperty(string text, string name)
    {
        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (string.Equals(reader.GetString(), name, StringComparison.OrdinalIgnoreCase)) return true;
                reader.Read();
                reader.Skip();
            }
            return false;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private static T Deserialize<T>(string text, string bindingName)
    {
        try
        {
            return JsonSerializer.Deserialize(text, PayloadJson.TypeInfo<T>())
                   ?? throw new PayloadException($"Data.{bindingName} is JSON null, expected a {typeof(T).Name}.");
        }
        catch (JsonException ex)
        {
            throw new PayloadException($"Data.{bindingName} is not a valid {typeof(T).Name} message: {ex.Message} (first 80 chars: {Preview(text)})", ex);
        }
    }

    public static TimerInfo Timer(InvocationRequest request, string bindingName)
    {
        if (!request.Data.TryGetValue(bindingName, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            throw new PayloadException($"Data.{bindingName} is missing or not a timer object.");
        }
        try
        {
            return value.Deserialize(PayloadJsonContext.Default.TimerInfo) ?? new TimerInfo();
        }
        catch (JsonException ex)
        {
            throw new PayloadException($"Data.{bindingName} is not a timer object: {ex.Message}", ex);
        }
    }

    public static HttpRequestData Http(InvocationRequest request, string bindingName = "req")
    {
        if (!request.Data.TryGetValue(bindingName, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            throw new PayloadException($"Data.{bindingName} is missing or not an HTTP request object.");
        }
        try
        {
            return value.Deserialize(PayloadJsonContext.Default.HttpRequestData) ?? new HttpRequestData();
        }
        catch (JsonException ex)
        {
            throw new PayloadException($"Data.{bindingName} is not an HTTP request object: {ex.Message}", ex);
        }
    }

    /// <summary>Metadata values arrive as JSON strings or numbers; DequeueCount is one of each, depending on the host version.</summary>
    public static int DequeueCount(InvocationRequest request)
    {
        if (!request.Metadata.TryGetValue("DequeueCount", out var v)) return 1;
        return v.ValueKind switch
        {
            JsonValueKind.Number when v.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(StringOf(v, "Metadata.DequeueCount"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => 1,
        };
    }

    public static string? MetadataString(InvocationRequest request, string name) =>
        request.Metadata.TryGetValue(name, out var v) ? (v.ValueKind == JsonValueKind.String ? StringOf(v, "Metadata." + name) : RawTextOf(v, "Metadata." + name)) : null;

    private static string Unquote(string text)
    {
        var t = text.Trim();
        if (t.Length >= 2 && t[0] == '"' && t[^1] == '"')
        {
            try { return JsonSerializer.Deserialize(t, PayloadJsonContext.Default.String) ?? text; }
            catch (JsonException) { return text; }
        }
        return text;
    }

    private static string Preview(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
