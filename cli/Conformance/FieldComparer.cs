using System.Globalization;
using System.Text.Json;
using Alerts.Feeds;

namespace Alerts.Cli.Conformance;

/// <summary>
/// Compares our <see cref="ParsedFeed"/> with gofeed's expected universal JSON field by field. A field counts
/// when either side has a value. Normalisation: whitespace collapsed, dates compared as UTC instants, authors
/// as name (else email), enclosure length as a number.
/// </summary>
public static class FieldComparer
{
    public sealed record FieldResult(string Field, bool Pass, string? Expected, string? Actual);

    public static List<FieldResult> Compare(JsonElement expected, ParsedFeed actual)
    {
        var results = new List<FieldResult>();
        Add(results, "feed.format", GofeedCase.FormatOf(expected), actual.Format);
        Add(results, "feed.title", Text(expected, "title"), Norm(actual.Title));
        Add(results, "feed.link", Text(expected, "link"), Norm(actual.Link));
        Add(results, "feed.language", Text(expected, "language"), Norm(actual.Language));
        var items = expected.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        Add(results, "feed.itemCount", items.Count.ToString(CultureInfo.InvariantCulture), actual.Items.Count.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < Math.Min(items.Count, actual.Items.Count); i++) CompareItem(results, items[i], actual.Items[i]);
        return results;
    }

    private static void CompareItem(List<FieldResult> results, JsonElement e, FeedEntry a)
    {
        Add(results, "item.title", Text(e, "title"), Norm(a.Title));
        Add(results, "item.link", Text(e, "link"), Norm(a.Link));
        Add(results, "item.id", Text(e, "guid"), Norm(a.Id));
        Add(results, "item.summary", Text(e, "description"), Norm(a.Summary));
        Add(results, "item.content", Text(e, "content"), Norm(a.Content));
        AddDate(results, "item.published", GofeedCase.Str(e, "publishedParsed") ?? GofeedCase.Str(e, "published"), a.Published);
        AddDate(results, "item.updated", GofeedCase.Str(e, "updatedParsed") ?? GofeedCase.Str(e, "updated"), a.Updated);
        Add(results, "item.authors", Join(Authors(e)), Join(a.Authors.Select(Norm)));
        Add(results, "item.categories", Join(Strings(e, "categories").Select(Norm)), Join(a.Categories.Select(Norm)));
        Add(results, "item.enclosures", Join(Enclosures(e)), Join(a.Enclosures.Select(x => $"{x.Url} {x.Type} {x.Length}".Trim())));
    }

    private static void Add(List<FieldResult> results, string field, string? expected, string? actual)
    {
        if (string.IsNullOrEmpty(expected) && string.IsNullOrEmpty(actual)) return;
        results.Add(new FieldResult(field, string.Equals(expected ?? "", actual ?? "", StringComparison.Ordinal), expected, actual));
    }

    private static void AddDate(List<FieldResult> results, string field, string? expected, DateTimeOffset? actual)
    {
        DateTimeOffset? parsed = DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
        if (parsed is null && actual is null) return;
        results.Add(new FieldResult(field, parsed is not null && actual is not null && parsed.Value.UtcTicks == actual.Value.UtcTicks,
            parsed?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) ?? expected, actual?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
    }

    private static IEnumerable<string?> Authors(JsonElement e)
    {
        if (!e.TryGetProperty("authors", out var list) || list.ValueKind != JsonValueKind.Array) yield break;
        foreach (var author in list.EnumerateArray()) yield return Norm(GofeedCase.Str(author, "name") ?? GofeedCase.Str(author, "email"));
    }

    private static IEnumerable<string> Enclosures(JsonElement e)
    {
        if (!e.TryGetProperty("enclosures", out var list) || list.ValueKind != JsonValueKind.Array) yield break;
        foreach (var enc in list.EnumerateArray())
        {
            var length = GofeedCase.Str(enc, "length");
            length = long.TryParse(length, out var n) && n >= 0 ? n.ToString(CultureInfo.InvariantCulture) : "";
            yield return $"{Norm(GofeedCase.Str(enc, "url"))} {GofeedCase.Str(enc, "type")} {length}".Trim();
        }
    }

    private static IEnumerable<string> Strings(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array) yield break;
        foreach (var v in list.EnumerateArray())
        {
            if (v.ValueKind == JsonValueKind.String) yield return v.GetString()!;
        }
    }

    private static string? Text(JsonElement e, string name) => Norm(GofeedCase.Str(e, name));

    private static string? Norm(string? s) =>
        s is null ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Join(IEnumerable<string?> values)
    {
        var joined = string.Join(" | ", values.Where(v => !string.IsNullOrEmpty(v)));
        return joined.Length == 0 ? null : joined;
    }
}
