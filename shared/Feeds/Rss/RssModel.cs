using Alerts.Feeds.Xml;

namespace Alerts.Feeds.Rss;

/// <summary>An RSS channel as written, before adaptation (RSS 0.9x, 2.0, and the items of RSS 1.0/RDF).</summary>
internal sealed class RssChannel
{
    public required string Format { get; init; }
    public FeedXmlElement? Title { get; set; }
    public string? Link { get; set; }
    public string? Language { get; set; }
    public Uri? BaseUri { get; set; }
    public List<RssItem> Items { get; } = [];
}

internal sealed class RssItem
{
    public Uri? BaseUri { get; set; }
    public string? Lang { get; set; }
    public FeedXmlElement? Title { get; set; }
    public string? Link { get; set; }
    public string? Guid { get; set; }
    public bool GuidIsPermaLink { get; set; }
    public string? PubDate { get; set; }
    public string? Updated { get; set; }
    public FeedXmlElement? Description { get; set; }
    public FeedXmlElement? Content { get; set; }
    public List<string> Authors { get; } = [];
    public List<string> Creators { get; } = [];
    public List<string> Categories { get; } = [];
    public List<string> Keywords { get; } = [];
    public List<RssEnclosure> Enclosures { get; } = [];
    public string? Language { get; set; }
}

internal sealed record RssEnclosure(string Url, string? Type, string? Length);
