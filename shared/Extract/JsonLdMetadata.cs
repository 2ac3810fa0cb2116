using System.Text.Json;

namespace Alerts.Extract;

/// <summary>Article facts from schema.org JSON-LD blocks: headline, author, datePublished, publisher, language.</summary>
internal sealed record JsonLdMetadata(string? Headline, string? Name, string? Author, string? DatePublished, string? Publisher, string? Language)
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 32,
    };

    /// <summary>The first article-typed object in any of the blocks; malformed blocks are skipped.</summary>
    public static JsonLdMetadata? Read(IEnumerable<string> blocks)
    {
        foreach (var raw in blocks)
        {
            var json = raw.Trim();
            if (json.StartsWith("<!--", StringComparison.Ordinal)) json = json[4..];
            if (json.EndsWith("-->", StringComparison.Ordinal)) json = json[..^3];
            json = json.Replace("<![CDATA[", "", StringComparison.Ordinal).Replace("]]>", "", StringComparison.Ordinal);
            try
            {
                using var doc = JsonDocument.Parse(json, Options);
                var article = FindArticle(doc.RootElement, 0);
                if (article is { } a) return FromArticle(a);
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
            {
                // Not JSON, or text that cannot be JSON at all (a lone surrogate). A broken block on the page says nothing about the article; other blocks may still be good.
            }
        }
        return null;
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 4) return null;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (FindArticle(item, depth + 1) is { } found) return found;
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (IsArticleType(element)) return element;
        if (element.TryGetProperty("@graph", out var graph)) return FindArticle(graph, depth + 1);
        if (element.TryGetProperty("mainEntity", out var main)) return FindArticle(main, depth + 1);
        return null;
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return IsArticleTypeName(type.GetString());
        if (type.ValueKind == JsonValueKind.Array)
            foreach (var t in type.EnumerateArray())
                if (t.ValueKind == JsonValueKind.String && IsArticleTypeName(t.GetString())) return true;
        return false;
    }

    private static bool IsArticleTypeName(string? name) =>
        name != null && (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "LiveBlogPosting"
            or "Report" or "ScholarlyArticle" or "SocialMediaPosting" or "TechArticle" or "OpinionNewsArticle");

    private static JsonLdMetadata FromArticle(JsonElement a) => new(
        String(a, "headline"),
        String(a, "name"),
        Names(a, "author") ?? Names(a, "creator"),
        String(a, "datePublished") ?? String(a, "dateCreated"),
        a.TryGetProperty("publisher", out var publisher) ? NameOf(publisher) : null,
        String(a, "inLanguage"));

    private static string? String(JsonElement obj, string property) =>
        obj.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? TextNormalizer.Collapse(value.GetString()!)
            : null;

    private static string? Names(JsonElement obj, string property)
    {
        if (!obj.TryGetProperty(property, out var value)) return null;
        if (value.ValueKind != JsonValueKind.Array) return NameOf(value);
        var names = value.EnumerateArray().Select(NameOf).Where(n => n != null).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? NameOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : TextNormalizer.Collapse(value.GetString()!),
        JsonValueKind.Object => String(value, "name"),
        _ => null,
    };
}
