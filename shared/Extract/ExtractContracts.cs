using Alerts.Feeds;

namespace Alerts.Extract;

/// <summary>The main text of an article page, without boilerplate.</summary>
public sealed record ExtractedArticle
{
    public string? Title { get; init; }
    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Lang { get; init; }
    /// <summary>Plain text, paragraphs separated by blank lines.</summary>
    public string Text { get; init; } = "";
    public string? Excerpt { get; init; }
    public string? SiteName { get; init; }
}

public interface IArticleExtractor
{
    ExtractedArticle Extract(string html, Uri? baseUrl = null);
}

/// <summary>Selectors for a news listing page; each is XPath (starts with '/' or '.') or CSS.</summary>
public sealed record PageSelectors(string Item, string Title, string Link, string? Date = null, string? Summary = null);

public interface IPageListParser
{
    IReadOnlyList<FeedEntry> Parse(string html, Uri pageUrl, PageSelectors selectors);
}

