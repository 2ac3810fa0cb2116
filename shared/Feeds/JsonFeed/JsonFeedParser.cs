using System.Text.Json;

namespace Alerts.Feeds.JsonFeed;

/// <summary>Reads a JSON Feed with <see cref="JsonDocument"/>. Wrong-typed members are skipped, not fatal.</summary>
internal static class JsonFeedParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonFeedDocument Parse(string text)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text.AsMemory(), Options);
        }
        catch (JsonException ex)
        {
            throw new FeedParseException($"not a feed: invalid JSON ({ex.Message.Split('.')[0]})", ex);
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new FeedParseException("not a feed: the JSON document is not an object");
            var version = String(root, "version");
            var hasItems = root.TryGetProperty("items", out var itemList) && itemList.ValueKind == JsonValueKind.Array;
            var format = FormatOf(version, hasItems);
            if (format is null) throw new FeedParseException("not a feed: JSON without a jsonfeed.org version or an items array");
            var feed = new JsonFeedDocument
            {
                Format = format,
                Title = String(root, "title"),
                HomePageUrl = String(root, "home_page_url"),
                FeedUrl = String(root, "feed_url"),
                Language = String(root, "language"),
            };
            ReadAuthors(root, feed.Authors);
            if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object) feed.Items.Add(ReadItem(item));
                }
            }
            return feed;
        }
    }

    /// <summary>
    /// The version URL names the format; an object with an items array but a bare or missing version ("1.0") is
    /// still read as JSON Feed, the way feed readers accept it.
    /// </summary>
    private static string? FormatOf(string? version, bool hasItems)
    {
        if (version is null || !version.Contains("jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase))
        {
            if (!hasItems) return null;
            return version?.Trim() == "1.1" ? "jsonfeed1.1" : "jsonfeed1.0";
        }
        return version.TrimEnd('/').EndsWith("/1.1", StringComparison.Ordinal) ? "jsonfeed1.1" : "jsonfeed1.0";
    }

    private static JsonFeedItem ReadItem(JsonElement e)
    {
        var item = new JsonFeedItem
        {
            Id = String(e, "id"),
            Url = String(e, "url"),
            ExternalUrl = String(e, "external_url"),
            Title = String(e, "title"),
            ContentHtml = String(e, "content_html"),
            ContentText = String(e, "content_text"),
            Summary = String(e, "summary"),
            DatePublished = String(e, "date_published"),
            DateModified = String(e, "date_modified"),
            Language = String(e, "language"),
        };
        ReadAuthors(e, item.Authors);
        if (e.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array)
        {
            foreach (var tag in tags.EnumerateArray())
            {
                if (tag.ValueKind == JsonValueKind.String && tag.GetString() is { Length: > 0 } t) item.Tags.Add(t);
            }
        }
        if (e.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in attachments.EnumerateArray())
            {
                if (a.ValueKind != JsonValueKind.Object || String(a, "url") is not { } url) continue;
                long? size = a.TryGetProperty("size_in_bytes", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var n) ? n : null;
                item.Attachments.Add(new JsonFeedAttachment(url, String(a, "mime_type"), size));
            }
        }
        return item;
    }

    /// <summary>1.1 has an "authors" array; 1.0 had a single "author" object, which 1.1 feeds still send.</summary>
    private static void ReadAuthors(JsonElement e, List<JsonFeedAuthor> authors)
    {
        if (e.TryGetProperty("authors", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in list.EnumerateArray())
            {
                if (a.ValueKind == JsonValueKind.Object) authors.Add(new JsonFeedAuthor(String(a, "name"), String(a, "url")));
            }
        }
        if (authors.Count == 0 && e.TryGetProperty("author", out var single) && single.ValueKind == JsonValueKind.Object)
        {
            authors.Add(new JsonFeedAuthor(String(single, "name"), String(single, "url")));
        }
    }

    private static string? String(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s : null,
            JsonValueKind.Number => value.GetRawText(), // ids are sometimes numbers
            _ => null,
        };
    }
}
