namespace Alerts.Extract;

/// <summary>Finds the feeds a page advertises with &lt;link rel="alternate" type="..."&gt;.</summary>
public static class FeedAutodiscovery
{
    private static readonly HashSet<string> FeedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml",
    };

    /// <summary>Absolute feed URLs in document order, without duplicates. Honours a &lt;base href&gt;.</summary>
    public static IReadOnlyList<Uri> Find(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var doc = HtmlDom.Parse(html);
        var baseUrl = pageUrl;
        var feeds = new List<Uri>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in HtmlDom.Elements(doc.DocumentNode))
        {
            if (e.Name == "base" && HtmlDom.Resolve(e.GetAttributeValue("href", null), pageUrl) is { } b) baseUrl = b;
            if (e.Name != "link") continue;
            var rel = e.GetAttributeValue("rel", "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!rel.Contains("alternate", StringComparer.OrdinalIgnoreCase)) continue;
            var type = e.GetAttributeValue("type", "").Split(';')[0].Trim();
            if (!FeedTypes.Contains(type)) continue;
            if (HtmlDom.Resolve(e.GetAttributeValue("href", null), baseUrl) is { } url
                && url.Scheme is "http" or "https" && seen.Add(url.AbsoluteUri))
                feeds.Add(url);
        }
        return feeds;
    }
}
