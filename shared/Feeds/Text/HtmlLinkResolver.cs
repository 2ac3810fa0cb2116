using System.Text;
using Alerts.Feeds.Xml;

namespace Alerts.Feeds.Text;

/// <summary>
/// Makes relative href/src values inside summary and content HTML absolute against the element's xml:base (or
/// the feed URL), so links in digests work outside the site. Only quoted attribute values are rewritten.
/// </summary>
internal static class HtmlLinkResolver
{
    private static readonly string[] Attributes = ["href=", "src="];

    public static string? Resolve(string? html, Uri? baseUri)
    {
        if (html is null || baseUri is null) return html;
        if (html.IndexOf("href=", StringComparison.OrdinalIgnoreCase) < 0 && html.IndexOf("src=", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return html;
        }
        StringBuilder? sb = null;
        var copied = 0;
        var i = 0;
        while (i < html.Length)
        {
            var (at, attribute) = NextAttribute(html, i);
            if (at < 0) break;
            var valueStart = at + attribute.Length;
            i = valueStart;
            if (valueStart >= html.Length || html[valueStart] is not ('"' or '\'')) continue;
            var quote = html[valueStart];
            var end = html.IndexOf(quote, valueStart + 1);
            if (end < 0) break;
            var value = html.AsSpan(valueStart + 1, end - valueStart - 1);
            i = end + 1;
            if (!IsRelative(value)) continue;
            var resolved = BaseUris.ResolveLink(baseUri, HtmlEntities.Decode(value.ToString()));
            if (resolved is null) continue;
            sb ??= new StringBuilder(html.Length + 64);
            sb.Append(html, copied, valueStart + 1 - copied).Append(resolved.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "%22", StringComparison.Ordinal));
            copied = end;
        }
        if (sb is null) return html;
        return sb.Append(html, copied, html.Length - copied).ToString();
    }

    private static (int Index, string Attribute) NextAttribute(string html, int from)
    {
        var best = (-1, "");
        foreach (var attribute in Attributes)
        {
            var at = html.IndexOf(attribute, from, StringComparison.OrdinalIgnoreCase);
            // Must follow whitespace, so "data-src=" or text mentioning "href=" is left alone.
            while (at > 0 && !char.IsWhiteSpace(html[at - 1])) at = html.IndexOf(attribute, at + 1, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && (best.Item1 < 0 || at < best.Item1)) best = (at, attribute);
        }
        return best;
    }

    private static bool IsRelative(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (value.IsEmpty || value[0] == '#') return false;
        var colon = value.IndexOf(':');
        var slash = value.IndexOf('/');
        // A scheme ("https:", "mailto:", "data:") comes before any slash.
        return colon < 0 || (slash >= 0 && slash < colon);
    }
}
