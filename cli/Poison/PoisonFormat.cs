using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Alerts.Cli.Poison;

/// <summary>How poison messages are printed: one line each for a listing, the whole body (JSON indented) for show.</summary>
public static class PoisonFormat
{
    public const int PreviewChars = 90;

    public static string Table(IReadOnlyList<PoisonMessage> messages)
    {
        var text = new StringBuilder();
        var idWidth = Math.Max(2, messages.Max(m => m.Id.Length));
        text.AppendLine($"{"ID".PadRight(idWidth)}  {"INSERTED (UTC)",-19}  {"DEQUEUES",8}  PREVIEW");
        foreach (var m in messages)
        {
            text.AppendLine($"{m.Id.PadRight(idWidth)}  {Time(m.InsertedOn),-19}  {m.DequeueCount,8}  {Preview(m.Text)}");
        }
        return text.ToString();
    }

    public static string Full(PoisonMessage m, string queue) =>
        $"id:            {m.Id}\nqueue:         {queue}\ninserted:      {Time(m.InsertedOn)} UTC\ndequeue count: {m.DequeueCount}\nbody ({m.Body.ToMemory().Length} bytes):\n{Pretty(m.Text)}\n";

    /// <summary>The body on one line, control characters shown as spaces, cut to <see cref="PreviewChars"/>.</summary>
    public static string Preview(string body)
    {
        var flat = new string(body.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        return flat.Length <= PreviewChars ? flat : flat[..PreviewChars] + "…";
    }

    public static string Pretty(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return JsonSerializer.Serialize(doc.RootElement, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static string Time(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "?";
}
