using HtmlAgilityPack;

namespace Alerts.Extract;

/// <summary>
/// Iterative DOM helpers. HtmlAgilityPack's own InnerText and Descendants recurse once per nesting level,
/// which hostile pages (thousands of unclosed tags) turn into stack overflows; these walk with an explicit stack.
/// Text is read through <see cref="RawText"/>: HtmlTextNode.Text copies a new substring out of the page on every call.
/// </summary>
public static class HtmlDom
{
    /// <summary>Parses without throwing; hostile input yields whatever tree HtmlAgilityPack recovered.</summary>
    public static HtmlDocument Parse(string html)
    {
        var doc = new HtmlDocument
        {
            OptionCheckSyntax = false,
            OptionFixNestedTags = false,
            OptionAutoCloseOnEnd = false,
            OptionUseIdAttribute = false,
            // The text is decoded already (HtmlText). Reading the meta charset again would only throw for labels
            // .NET refuses, such as UTF-7.
            OptionReadEncoding = false,
        };
        doc.LoadHtml(html);
        return doc;
    }

    /// <summary>Elements under <paramref name="root"/> in document order (pre-order), root excluded.</summary>
    public static IEnumerable<HtmlNode> Elements(HtmlNode root)
    {
        var stack = new Stack<HtmlNode?>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var node = stack.Pop()!;
            if (node.NodeType != HtmlNodeType.Element) continue;
            yield return node;
            PushChildren(stack, node);
        }
    }

    /// <summary>
    /// Decoded text of a subtree with whitespace collapsed and block boundaries kept as spaces; script, style and
    /// template text left out.
    /// </summary>
    public static string Text(HtmlNode root)
    {
        if (root.NodeType == HtmlNodeType.Text) return TextNormalizer.Collapse(Decode((HtmlTextNode)root));
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<HtmlNode?>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node == null) { sb.Append(' '); continue; }
            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    var raw = RawText((HtmlTextNode)node);
                    if (raw.Contains('&')) sb.Append(HtmlEntity.DeEntitize(raw.ToString()));
                    else sb.Append(raw);
                    break;
                case HtmlNodeType.Element when !IsNonTextContainer(node.Name):
                    if (node.Name == "br" || ContentModel.BlockTags.Contains(node.Name))
                    {
                        sb.Append(' ');
                        stack.Push(null);
                    }
                    PushChildren(stack, node);
                    break;
            }
        }
        return TextNormalizer.Collapse(sb.ToString());
    }

    /// <summary>
    /// The subtree's text when it is short (at most <paramref name="maxLength"/> characters of raw text and a few dozen
    /// nodes), else null. Lets per-element checks look at small elements without walking big subtrees again and again.
    /// </summary>
    public static string? ShortText(HtmlNode root, int maxLength)
    {
        var raw = 0;
        var visited = 0;
        var stack = new Stack<HtmlNode?>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var node = stack.Pop()!;
            if (++visited > 64) return null;
            if (node.NodeType == HtmlNodeType.Text && (raw += RawText((HtmlTextNode)node).Length) > maxLength * 4) return null;
            if (node.NodeType == HtmlNodeType.Element) PushChildren(stack, node);
        }
        var text = Text(root);
        return text.Length <= maxLength ? text : null;
    }

    /// <summary>Entity-decodes text, skipping the work for the common text without any '&amp;'.</summary>
    public static string Decode(string raw) => raw.Contains('&') ? HtmlEntity.DeEntitize(raw) : raw;

    /// <summary>Entity-decoded text of a text node: one string, and none for the raw copy.</summary>
    internal static string Decode(HtmlTextNode node)
    {
        var raw = RawText(node);
        return raw.Contains('&') ? HtmlEntity.DeEntitize(raw.ToString()) : raw.ToString();
    }

    /// <summary>The undecoded text of a text node, without a copy (see <see cref="SourceText"/>).</summary>
    internal static ReadOnlySpan<char> RawText(HtmlTextNode node) => SourceText.Of(node);

    /// <summary>True when the first non-blank text under the element starts with "By " (checked without building its text).</summary>
    internal static bool StartsWithBy(HtmlNode element)
    {
        var node = element.FirstChild;
        for (var steps = 0; node != null && steps < 16; steps++)
        {
            if (node.NodeType == HtmlNodeType.Text)
            {
                var text = RawText((HtmlTextNode)node).TrimStart();
                if (text.Length > 0) return text.StartsWith("By ", StringComparison.Ordinal);
                node = node.NextSibling;
            }
            else if (node.NodeType == HtmlNodeType.Element && node.HasChildNodes) node = node.FirstChild;
            else node = node.NextSibling;
        }
        return false;
    }

    internal static bool IsNonTextContainer(string name) =>
        name is "script" or "style" or "noscript" or "template" or "svg" or "head" or "title" or "iframe";

    internal static void PushChildren(Stack<HtmlNode?> stack, HtmlNode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
    }

    /// <summary>Resolves an href against the page address (or the document's base element); null when unusable.</summary>
    public static Uri? Resolve(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        href = HtmlEntity.DeEntitize(href.Trim());
        if (href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) return null;
        if (baseUrl != null && Uri.TryCreate(baseUrl, href, out var resolved)) return resolved;
        return Uri.TryCreate(href, UriKind.Absolute, out var absolute) ? absolute : null;
    }
}
