using System.Text;
using Alerts.Feeds.Text;
using Alerts.Feeds.Xml;

namespace Alerts.Feeds.Atom;

/// <summary>
/// Atom text constructs: type="text|html|xhtml" in 1.0; a MIME type plus mode="xml|escaped|base64" in 0.3.
/// Titles become plain text; summary and content keep their HTML.
/// </summary>
internal static class AtomText
{
    public static string? Plain(FeedXmlElement? element)
    {
        if (element is null) return null;
        return Kind(element) switch
        {
            TextKind.Text => FieldText.NullIfEmpty(PlainText.CollapseSpaces(element.InnerText)),
            TextKind.Base64 => PlainText.FromHtml(FromBase64(element.InnerText)),
            _ => FieldText.Plain(element),
        };
    }

    public static string? Html(FeedXmlElement? element)
    {
        if (element is null) return null;
        switch (Kind(element))
        {
            case TextKind.Xhtml:
                var div = element.Elements().FirstOrDefault(e => e.LocalName == "div");
                var markup = div is not null && element.Elements().Count() == 1 ? div.InnerMarkup() : element.InnerMarkup();
                return FieldText.NullIfEmpty(HtmlLinkResolver.Resolve(markup.Trim(), element.BaseUri));
            case TextKind.Base64:
                return FieldText.NullIfEmpty(HtmlLinkResolver.Resolve(FromBase64(element.InnerText)?.Trim(), element.BaseUri));
            default:
                return FieldText.Html(element);
        }
    }

    private enum TextKind { Text, Html, Xhtml, Base64 }

    private static TextKind Kind(FeedXmlElement element)
    {
        var mode = element.Attribute("mode")?.Trim().ToLowerInvariant();
        if (mode == "base64") return TextKind.Base64;
        if (mode == "escaped") return TextKind.Html;
        var type = element.Attribute("type")?.Trim().ToLowerInvariant();
        return type switch
        {
            null or "" or "text" or "text/plain" => element.HasElementChildren ? TextKind.Xhtml : TextKind.Text,
            "html" or "text/html" => TextKind.Html,
            "xhtml" or "application/xhtml+xml" => TextKind.Xhtml,
            _ => element.HasElementChildren ? TextKind.Xhtml : TextKind.Html,
        };
    }

    private static string? FromBase64(string text)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(text.Trim()));
        }
        catch (FormatException)
        {
            return text;
        }
    }
}
