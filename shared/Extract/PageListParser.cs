using System.Globalization;
using System.Xml.XPath;
using Alerts.Feeds;
using HtmlAgilityPack;

namespace Alerts.Extract;

/// <summary>
/// Reads a news listing page (a source of kind "page") as feed entries: the item selector picks one node per
/// story, and the title, link, date and summary selectors are evaluated inside it.
/// A selector is XPath when it starts with "/", "./", "..", "(" or is "."; anything else is CSS.
/// </summary>
public sealed class PageListParser : IPageListParser
{
    /// <exception cref="SelectorException">A selector is malformed.</exception>
    public IReadOnlyList<FeedEntry> Parse(string html, Uri pageUrl, PageSelectors selectors)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(selectors);
        var item = Compile(selectors.Item, relative: false);
        var title = Compile(selectors.Title, relative: true);
        var link = Compile(selectors.Link, relative: true);
        var date = selectors.Date is { Length: > 0 } d ? Compile(d, relative: true) : null;
        var summary = selectors.Summary is { Length: > 0 } s ? Compile(s, relative: true) : null;

        var doc = HtmlDom.Parse(html);
        var baseUrl = BaseUrl(doc, pageUrl);
        var entries = new List<FeedEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in Select(doc.DocumentNode, item))
        {
            var linkNode = SelectFirst(node, link);
            var href = linkNode == null ? null : Href(linkNode);
            var url = HtmlDom.Resolve(href, baseUrl);
            var titleNode = SelectFirst(node, title);
            var titleText = titleNode == null ? null : NonEmpty(HtmlDom.Text(titleNode));
            if (url == null || titleText == null) continue; // a story needs both; ads and spacers have neither
            if (!seen.Add(url.AbsoluteUri)) continue;
            var published = date == null ? null : ParseDate(SelectFirst(node, date));
            var summaryNode = summary == null ? null : SelectFirst(node, summary);
            entries.Add(new FeedEntry
            {
                Id = url.AbsoluteUri,
                Title = titleText,
                Link = url.AbsoluteUri,
                Published = published,
                DateMissing = published == null,
                Summary = summaryNode == null ? null : NonEmpty(HtmlDom.Text(summaryNode)),
            });
        }
        return entries;
    }

    /// <summary>Compiles the selector once so a bad one fails before any work, with its text in the message.</summary>
    internal static XPathExpression Compile(string selector, bool relative)
    {
        if (string.IsNullOrWhiteSpace(selector)) throw new SelectorException("empty selector");
        var xpath = IsXPath(selector) ? selector : CssSelector.ToXPath(selector, relative);
        try
        {
            return XPathExpression.Compile(xpath);
        }
        catch (XPathException e)
        {
            throw new SelectorException($"selector '{selector}' is not valid XPath: {e.Message}", e);
        }
    }

    internal static bool IsXPath(string selector)
    {
        var s = selector.Trim();
        return s.StartsWith('/') || s.StartsWith("./", StringComparison.Ordinal) || s.StartsWith("..", StringComparison.Ordinal)
               || s.StartsWith('(') || s == ".";
    }

    private static IEnumerable<HtmlNode> Select(HtmlNode context, XPathExpression expression)
    {
        object result;
        try
        {
            result = context.CreateNavigator().Evaluate(expression);
        }
        catch (XPathException e)
        {
            throw new SelectorException($"selector '{expression.Expression}' failed: {e.Message}", e);
        }
        if (result is not XPathNodeIterator iterator)
            throw new SelectorException($"selector '{expression.Expression}' does not select nodes");
        while (iterator.MoveNext())
            if (iterator.Current is HtmlNodeNavigator nav && nav.CurrentNode != null) yield return nav.CurrentNode;
    }

    private static HtmlNode? SelectFirst(HtmlNode context, XPathExpression expression) => Select(context, expression).FirstOrDefault();

    /// <summary>The link is the node's href, or the href of the first link inside it (selectors often pick the heading).</summary>
    private static string? Href(HtmlNode node)
    {
        var own = node.GetAttributeValue("href", null);
        if (own != null) return own;
        foreach (var e in HtmlDom.Elements(node))
            if (e.Name == "a" && e.GetAttributeValue("href", null) is { } href) return href;
        return null;
    }

    private static DateTimeOffset? ParseDate(HtmlNode? node)
    {
        if (node == null) return null;
        foreach (var attr in new[] { "datetime", "content", "data-timestamp", "title" })
            if (MetadataReader.ParseDate(node.GetAttributeValue(attr, null)) is { } fromAttr) return fromAttr;
        var text = HtmlDom.Text(node);
        if (MetadataReader.ParseDate(text) is { } parsed) return parsed;
        foreach (var format in DateFormats)
            if (DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var exact)) return exact.ToUniversalTime();
        return null;
    }

    private static readonly string[] DateFormats =
    [
        "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "dd.MM.yyyy", "dd.MM.yyyy HH:mm", "yyyy/MM/dd",
        "MMM d, yyyy h:mm tt", "MMMM d, yyyy h:mm tt", "d MMMM yyyy HH:mm",
    ];

    private static Uri BaseUrl(HtmlDocument doc, Uri pageUrl)
    {
        foreach (var e in HtmlDom.Elements(doc.DocumentNode))
        {
            if (e.Name == "body") break;
            if (e.Name == "base" && HtmlDom.Resolve(e.GetAttributeValue("href", null), pageUrl) is { } b) return b;
        }
        return pageUrl;
    }

    private static string? NonEmpty(string s) => s.Length == 0 ? null : s;
}
