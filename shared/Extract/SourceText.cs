using System.Runtime.CompilerServices;
using HtmlAgilityPack;

namespace Alerts.Extract;

/// <summary>
/// A parsed text node's text as a view into the page source. HtmlAgilityPack's HtmlTextNode.Text (and even
/// OuterLength, which measures OuterHtml) copies a new substring out of the page on every call; extraction reads
/// every text node, so those copies were most of what it allocated. The node's own offsets are read through
/// UnsafeAccessor (no reflection, trimming-safe). The library version is pinned, and the accessors are checked
/// against the copying property once at start-up: if they ever disagree or are missing, the copying property is used.
/// </summary>
internal static class SourceText
{
    private static readonly bool Usable = Check();

    public static ReadOnlySpan<char> Of(HtmlTextNode node)
    {
        if (!Usable) return node.Text;
        var source = node.OwnerDocument?.Text;
        // Text set in code, or a node edited after parsing, no longer matches the source slice.
        if (source == null || TextField(node) != null || OuterHtmlField(node) != null || ChangedField(node)) return node.Text;
        int start = OuterStartField(node), length = OuterLengthField(node);
        if (start < 0 || length < 0 || start > source.Length - length) return node.Text;
        return source.AsSpan(start, length);
    }

    private static bool Check()
    {
        try
        {
            var doc = new HtmlDocument();
            doc.LoadHtml("<p>one &amp; <b>two</b>\n three</p><!-- c --><div> four </div>");
            var texts = doc.DocumentNode.Descendants().OfType<HtmlTextNode>().ToList();
            foreach (var t in texts)
            {
                if (TextField(t) != null || OuterHtmlField(t) != null || ChangedField(t)) return false;
                var start = OuterStartField(t);
                var length = OuterLengthField(t);
                if (start < 0 || length < 0 || start > doc.Text.Length - length) return false;
                if (!doc.Text.AsSpan(start, length).SequenceEqual(t.Text)) return false;
            }
            return texts.Count == 4;
        }
        catch (Exception ex) when (ex is MissingFieldException or MissingMemberException)
        {
            return false;
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_text")]
    private static extern ref string? TextField(HtmlTextNode node);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_outerhtml")]
    private static extern ref string? OuterHtmlField(HtmlNode node);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_changed")]
    private static extern ref bool ChangedField(HtmlNode node);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_outerstartindex")]
    private static extern ref int OuterStartField(HtmlNode node);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_outerlength")]
    private static extern ref int OuterLengthField(HtmlNode node);
}
