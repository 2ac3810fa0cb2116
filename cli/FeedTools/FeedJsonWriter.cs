using System.Globalization;
using System.Text.Json;
using Alerts.Feeds;

namespace Alerts.Cli.FeedTools;

/// <summary>Writes a parsed feed as one JSON line (the parse-feed output format). Dates are RFC 3339 UTC.</summary>
public static class FeedJsonWriter
{
    public static string ToJsonLine(string source, ParsedFeed feed)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("source", source);
            w.WriteString("format", feed.Format);
            w.WriteString("title", feed.Title);
            w.WriteString("link", feed.Link);
            w.WriteString("language", feed.Language);
            w.WriteBoolean("illFormed", feed.IllFormed);
            WriteStrings(w, "problems", feed.Problems);
            w.WriteStartArray("items");
            foreach (var item in feed.Items) WriteItem(w, item);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteItem(Utf8JsonWriter w, FeedEntry item)
    {
        w.WriteStartObject();
        w.WriteString("title", item.Title);
        w.WriteString("link", item.Link);
        w.WriteString("id", item.Id);
        w.WriteString("published", Rfc3339(item.Published));
        w.WriteString("updated", Rfc3339(item.Updated));
        w.WriteBoolean("dateMissing", item.DateMissing);
        w.WriteString("summary", item.Summary);
        w.WriteString("content", item.Content);
        w.WriteString("language", item.Language);
        WriteStrings(w, "authors", item.Authors);
        WriteStrings(w, "categories", item.Categories);
        w.WriteStartArray("enclosures");
        foreach (var e in item.Enclosures)
        {
            w.WriteStartObject();
            w.WriteString("url", e.Url);
            w.WriteString("type", e.Type);
            if (e.Length is { } length) w.WriteNumber("length", length);
            else w.WriteNull("length");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string? Rfc3339(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
