using Alerts.Feeds.Xml;

namespace Alerts.Feeds.Atom;

/// <summary>An Atom 0.3 or 1.0 feed as written, before adaptation.</summary>
internal sealed class AtomFeed
{
    public required string Format { get; init; }
    public required string Namespace { get; init; }
    public FeedXmlElement? Title { get; set; }
    public List<AtomLink> Links { get; } = [];
    public string? Lang { get; set; }
    public List<AtomEntry> Entries { get; } = [];
}

internal sealed class AtomEntry
{
    public string? Lang { get; set; }
    public FeedXmlElement? Title { get; set; }
    public List<AtomLink> Links { get; } = [];
    public string? Id { get; set; }
    public string? Published { get; set; }
    public string? Updated { get; set; }
    public FeedXmlElement? Summary { get; set; }
    public FeedXmlElement? Content { get; set; }
    public List<(string? Name, string? Email)> Authors { get; } = [];
    public List<string> Categories { get; } = [];
}

/// <summary>A link with its href already resolved against xml:base where that was possible.</summary>
internal sealed record AtomLink(string Href, string Rel, string? Type, string? Length);
