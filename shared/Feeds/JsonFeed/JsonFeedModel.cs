namespace Alerts.Feeds.JsonFeed;

/// <summary>A JSON Feed 1.0/1.1 document as written (https://jsonfeed.org/version/1.1).</summary>
internal sealed class JsonFeedDocument
{
    public required string Format { get; init; }
    public string? Title { get; set; }
    public string? HomePageUrl { get; set; }
    public string? FeedUrl { get; set; }
    public string? Language { get; set; }
    public List<JsonFeedAuthor> Authors { get; } = [];
    public List<JsonFeedItem> Items { get; } = [];
}

internal sealed class JsonFeedItem
{
    public string? Id { get; set; }
    public string? Url { get; set; }
    public string? ExternalUrl { get; set; }
    public string? Title { get; set; }
    public string? ContentHtml { get; set; }
    public string? ContentText { get; set; }
    public string? Summary { get; set; }
    public string? DatePublished { get; set; }
    public string? DateModified { get; set; }
    public string? Language { get; set; }
    public List<JsonFeedAuthor> Authors { get; } = [];
    public List<string> Tags { get; } = [];
    public List<JsonFeedAttachment> Attachments { get; } = [];
}

internal sealed record JsonFeedAuthor(string? Name, string? Url);

internal sealed record JsonFeedAttachment(string Url, string? MimeType, long? SizeInBytes);
