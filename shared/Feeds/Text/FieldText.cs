using Alerts.Feeds.Xml;

namespace Alerts.Feeds.Text;

/// <summary>How a text element of a feed becomes a title (plain text) or a summary/content (HTML kept).</summary>
internal static class FieldText
{
    /// <summary>Plain text whether the element held escaped HTML, raw (naked) markup or CDATA.</summary>
    public static string? Plain(FeedXmlElement? element)
    {
        if (element is null) return null;
        var text = element.HasElementChildren ? PlainText.CollapseSpaces(element.InnerText) : PlainText.FromHtml(element.InnerText);
        return NullIfEmpty(text);
    }

    /// <summary>The element's content as HTML: escaped or CDATA HTML as given, raw markup serialised back.</summary>
    public static string? Html(FeedXmlElement? element)
    {
        if (element is null) return null;
        var html = (element.HasElementChildren ? element.InnerMarkup() : element.InnerText).Trim();
        return NullIfEmpty(HtmlLinkResolver.Resolve(html, element.BaseUri));
    }

    /// <summary>The element's text, trimmed; for ids, dates, links.</summary>
    public static string? Value(FeedXmlElement? element) => element is null ? null : NullIfEmpty(element.InnerText.Trim());

    public static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
