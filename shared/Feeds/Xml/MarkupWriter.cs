using System.Text;

namespace Alerts.Feeds.Xml;

/// <summary>Serialises tree nodes as HTML-compatible markup (local names, escaped text).</summary>
internal static class MarkupWriter
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    public static void Write(StringBuilder sb, object node)
    {
        if (node is string text)
        {
            Escape(sb, text, attribute: false);
            return;
        }
        var e = (FeedXmlElement)node;
        sb.Append('<').Append(e.LocalName);
        foreach (var pair in e.Attributes)
        {
            var name = pair.Key;
            if (name.StartsWith('{')) name = name[(name.IndexOf('}') + 1)..];
            sb.Append(' ').Append(name).Append("=\"");
            Escape(sb, pair.Value, attribute: true);
            sb.Append('"');
        }
        if (e.Children.Count == 0 && VoidElements.Contains(e.LocalName))
        {
            sb.Append(" />");
            return;
        }
        sb.Append('>');
        foreach (var child in e.Children) Write(sb, child);
        sb.Append("</").Append(e.LocalName).Append('>');
    }

    private static void Escape(StringBuilder sb, string text, bool attribute)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '"' when attribute: sb.Append("&quot;"); break;
                default: sb.Append(c); break;
            }
        }
    }
}
