using HtmlAgilityPack;

namespace Alerts.Extract;

/// <summary>
/// The page's content tree, built once in one iterative pre-order pass (dropping scripts, hidden blocks and code-like
/// text, reading each text node and each element's hints exactly once). Each reading of the page then costs three
/// passes along the nodes in document order, <see cref="Measure"/>: no walk of the HTML again, no text read again.
/// </summary>
internal sealed class ContentModel
{
    private static readonly HashSet<string> DroppedTags =
    [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "nav", "aside",
        "footer", "button", "select", "textarea", "input", "head", "link", "meta", "dialog", "menu", "title", "form",
        "applet", "audio", "video", "map", "frameset", "frame",
    ];

    internal static readonly HashSet<string> BlockTags =
    [
        "p", "div", "section", "article", "main", "table", "tbody", "thead", "tr", "td", "th", "ul", "ol", "li", "dl", "dt",
        "dd", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "header", "footer", "hr",
        "address", "details", "summary", "caption", "center", "aside", "nav", "form", "fieldset",
    ];

    /// <summary>Nodes deeper than this are flattened into their ancestor's text; no real article nests further.</summary>
    private const int MaxDepth = 400;

    private ContentModel(ContentNode root, ContentNode last, int pageText, BoilerplateHints.DropLevel strongestHint)
    {
        Root = root;
        Last = last;
        PageText = pageText;
        StrongestHint = strongestHint;
    }

    /// <summary>The document node, first in document order.</summary>
    public ContentNode Root { get; }

    /// <summary>The last node in document order.</summary>
    private ContentNode Last { get; }

    /// <summary>
    /// Every kept node in document order (parents precede their children), but for the shared
    /// <see cref="ContentNode.Space"/>. A chain through the nodes rather than a list: no array to regrow, and
    /// none big enough for the large object heap on a big page.
    /// </summary>
    public IEnumerable<ContentNode> InOrder()
    {
        for (var n = Root; n != null; n = n.NextInOrder) yield return n;
    }

    /// <summary>Characters of text the whole page has.</summary>
    public int PageText { get; }

    /// <summary>The surest drop hint on the page; a reading that trusts hints less only differs when some hint is that sure.</summary>
    public BoilerplateHints.DropLevel StrongestHint { get; }

    public static ContentModel Build(HtmlNode root)
    {
        var top = new ContentNode(root, null, null) { Depth = 0 };
        var last = top;
        var totalText = 0;
        var strongest = BoilerplateHints.DropLevel.Never;
        var stack = new Stack<(HtmlNode Node, ContentNode Parent)>(256);
        PushChildren(stack, root, top);
        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            if (node.NodeType == HtmlNodeType.Text)
            {
                var text = ReadText((HtmlTextNode)node);
                if (text == null) continue;
                totalText += text.Length;
                if (text == " ")
                {
                    // Whitespace between tags, most of a page's text nodes: it only spaces out inline words when
                    // rendered, so one shared node serves everywhere and the figure passes never visit it.
                    parent.AddChild(ContentNode.Space);
                    continue;
                }
                var textNode = NewText(node, parent, text, parent.InLink || parent.Name == "a");
                parent.AddChild(textNode);
                last = last.Append(textNode);
                continue;
            }
            if (node.NodeType != HtmlNodeType.Element) continue;
            if (!Keeps(node)) continue;
            var element = new ContentNode(node, parent, null)
            {
                InLink = parent.InLink || parent.Name == "a",
                Depth = parent.Depth + 1,
                Hints = BoilerplateHints.Assess(node),
            };
            if (element.Hints.Drop > strongest) strongest = element.Hints.Drop;
            parent.AddChild(element);
            last = last.Append(element);
            if (element.Depth < MaxDepth) PushChildren(stack, node, element);
            else
            {
                var flattened = NewText(node, element, HtmlDom.Text(node), inLink: false);
                element.AddChild(flattened);
                last = last.Append(flattened);
            }
        }
        return new ContentModel(top, last, totalText, strongest);
    }

    /// <summary>
    /// Sums every subtree's figures for one reading of the page and marks the blocks that reading leaves out: a
    /// reset pass, a reverse pass (children follow their parent in pre-order, so walking backwards finishes every
    /// subtree before its parent) and a forward pass that carries exclusion down to the excluded blocks' insides.
    /// </summary>
    public void Measure(BoilerplateHints.Strictness strictness)
    {
        for (var n = Root; n != null; n = n.NextInOrder) n.Reset();
        var remainingText = PageText;
        for (var n = Last; n != null; n = n.PreviousInOrder)
        {
            var p = n.Parent;
            if (p == null) continue;
            // Decided once the block's own figures are complete: a "share" or "sidebar" wrapper that holds
            // most of the page's prose is the article's layout, not a widget.
            if (n.Hints.Drops(strictness) && !(n.TextLength * 10 >= remainingText * 4 && n.LinkDensity < 0.3 && !IsList(n.Name)))
            {
                n.Excluded = true;
                remainingText -= n.TextLength; // what remains is the prose the other blocks compete for
                continue;
            }
            p.Add(n);
        }
        for (var n = Root; n != null; n = n.NextInOrder)
            if (n.Parent is { Excluded: true }) n.Excluded = true;
    }

    /// <summary>True when the two readings leave out the same blocks, so the second would only repeat the first.</summary>
    public bool SameReading(BoilerplateHints.Strictness a, BoilerplateHints.Strictness b) =>
        StrongestHint switch
        {
            BoilerplateHints.DropLevel.Never => true,
            BoilerplateHints.DropLevel.Weak => (a == BoilerplateHints.Strictness.All) == (b == BoilerplateHints.Strictness.All),
            _ => a == b,
        };

    private static ContentNode NewText(HtmlNode node, ContentNode parent, string text, bool inLink)
    {
        var length = text.AsSpan().Trim().Length;
        return new ContentNode(node, parent, text)
        {
            InLink = inLink,
            Depth = parent.Depth + 1,
            OwnTextLength = length,
            OwnCommas = CountCommas(text),
        };
    }

    /// <summary>The node's text, collapsed with one edge space kept; null for empty text and leaked code.</summary>
    private static string? ReadText(HtmlTextNode node)
    {
        var raw = HtmlDom.RawText(node);
        if (raw.Length == 0) return null;
        var text = raw.Contains('&')
            ? TextNormalizer.CollapseKeepingEdges(HtmlEntity.DeEntitize(raw.ToString()))
            : TextNormalizer.CollapseKeepingEdges(raw);
        if (text.Length == 0 || JunkText.LooksLikeCode(text)) return null;
        return text;
    }

    /// <summary>False for an element whose whole subtree is never article text: scripts, widgets, hidden blocks.</summary>
    internal static bool Keeps(HtmlNode element)
    {
        var name = element.Name;
        if (DroppedTags.Contains(name) && !(name == "form" && IsPageWrapperForm(element))) return false;
        return !BoilerplateHints.IsHidden(element);
    }

    /// <summary>ASP.NET-style pages wrap the whole body in one form; such a form is layout, not a widget.</summary>
    private static bool IsPageWrapperForm(HtmlNode form) => form.ParentNode?.Name == "body" && form.ChildNodes.Count > 3;

    private static void PushChildren(Stack<(HtmlNode, ContentNode)> stack, HtmlNode node, ContentNode parent)
    {
        var children = node.ChildNodes;
        for (var i = children.Count - 1; i >= 0; i--) stack.Push((children[i], parent));
    }

    private static bool IsList(string name) => name is "ul" or "ol" or "li" or "dl";

    private static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
            if (c is ',' or '\uFF0C' or '\u3001' or '\u060C') count++;
        return count;
    }
}
