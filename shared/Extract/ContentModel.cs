using HtmlAgilityPack;

namespace Alerts.Extract;

/// <summary>One kept node of the page with the figures scoring and cleaning need, summed over its subtree.</summary>
internal sealed class ContentNode(HtmlNode node, ContentNode? parent, string? text)
{
    public HtmlNode Node { get; } = node;
    public ContentNode? Parent { get; } = parent;
    /// <summary>Decoded, whitespace-collapsed text for text nodes; null for elements.</summary>
    public string? Text { get; } = text;
    public string Name => Node.Name;
    private static readonly List<ContentNode> NoChildren = [];
    private List<ContentNode>? children;

    /// <summary>Read-only view for walking; most nodes are text and never get a list of their own.</summary>
    public List<ContentNode> Children => children ?? NoChildren;

    public void AddChild(ContentNode child) => (children ??= []).Add(child);

    public void RemoveExcludedChildren() => children?.RemoveAll(c => c.Excluded);
    public bool InLink { get; init; }
    public int Depth { get; init; }

    public int TextLength;
    public int LinkLength;
    public int Commas;
    public int Paragraphs;
    public int Images;
    public int ListItems;
    public int Inputs;
    public int Headings;
    public bool HasBlockChild;

    /// <summary>Class or id hints call this block boilerplate; it is dropped unless it turns out to hold most of the page's prose.</summary>
    public bool HintedBoilerplate;
    public bool Excluded;

    public bool IsCandidate;
    public double Score;

    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;
}

/// <summary>
/// Builds the content tree in one iterative pre-order pass (dropping scripts, hidden and boilerplate blocks and
/// code-like text) and one reverse pass that sums each subtree's figures into its parent.
/// </summary>
internal static class ContentModel
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

    /// <returns>The pruned tree, its nodes in document order, and how many characters of text the whole page has.</returns>
    public static (ContentNode Root, List<ContentNode> All, int PageText) Build(HtmlNode root, BoilerplateHints.Strictness strictness)
    {
        var top = new ContentNode(root, null, null) { Depth = 0 };
        var all = new List<ContentNode> { top };
        var totalText = 0;
        var stack = new Stack<(HtmlNode Node, ContentNode Parent)>();
        PushChildren(stack, root, top);
        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            if (node.NodeType == HtmlNodeType.Text)
            {
                var raw = ((HtmlTextNode)node).Text;
                if (raw.Length == 0) continue;
                var text = CollapseKeepingEdges(HtmlDom.Decode(raw));
                if (text.Length == 0) continue;
                if (JunkText.LooksLikeCode(text)) continue;
                totalText += text.Length;
                var textNode = new ContentNode(node, parent, text) { InLink = parent.InLink || parent.Name == "a", Depth = parent.Depth + 1 };
                parent.AddChild(textNode);
                all.Add(textNode);
                continue;
            }
            if (node.NodeType != HtmlNodeType.Element) continue;
            var name = node.Name;
            if (DroppedTags.Contains(name) && !(name == "form" && IsPageWrapperForm(node))) continue;
            if (BoilerplateHints.IsHidden(node)) continue;
            var element = new ContentNode(node, parent, null)
            {
                InLink = parent.InLink || parent.Name == "a",
                Depth = parent.Depth + 1,
                HintedBoilerplate = BoilerplateHints.Judge(node, strictness) == BoilerplateHints.Verdict.Drop,
            };
            parent.AddChild(element);
            all.Add(element);
            if (element.Depth < MaxDepth) PushChildren(stack, node, element);
            else
            {
                var flattened = new ContentNode(node, element, HtmlDom.Text(node)) { Depth = element.Depth + 1 };
                element.AddChild(flattened);
                all.Add(flattened);
            }
        }
        var pageText = totalText;
        SumSubtrees(all, totalText);
        return (top, Prune(all), pageText);
    }

    /// <summary>ASP.NET-style pages wrap the whole body in one form; such a form is layout, not a widget.</summary>
    private static bool IsPageWrapperForm(HtmlNode form) => form.ParentNode?.Name == "body" && form.ChildNodes.Count > 3;

    private static void PushChildren(Stack<(HtmlNode, ContentNode)> stack, HtmlNode node, ContentNode parent)
    {
        var children = node.ChildNodes;
        for (var i = children.Count - 1; i >= 0; i--) stack.Push((children[i], parent));
    }

    /// <summary>Children follow their parent in pre-order, so walking backwards finishes every subtree before its parent.</summary>
    /// <summary>
    /// Removes excluded blocks and everything inside them. Parents precede children in <paramref name="all"/>, so one
    /// forward pass sees a parent's fate before its children's.
    /// </summary>
    private static List<ContentNode> Prune(List<ContentNode> all)
    {
        var kept = new List<ContentNode>(all.Count);
        foreach (var n in all)
        {
            if (n.Parent is { Excluded: true }) n.Excluded = true;
            if (n.Excluded) continue;
            kept.Add(n);
            if (n.Children.Exists(c => c.Excluded)) n.RemoveExcludedChildren();
        }
        return kept;
    }

    private static void SumSubtrees(List<ContentNode> all, int totalText)
    {
        for (var i = all.Count - 1; i >= 0; i--)
        {
            var n = all[i];
            if (n.Text != null)
            {
                var length = n.Text.Trim().Length;
                n.TextLength = length;
                if (n.InLink) n.LinkLength = length;
                n.Commas = CountCommas(n.Text);
            }
            else
            {
                switch (n.Name)
                {
                    case "p": n.Paragraphs++; break;
                    case "img" or "picture": n.Images++; break;
                    case "li": n.ListItems++; break;
                    case "input" or "select" or "textarea" or "button": n.Inputs++; break;
                    case "h1" or "h2" or "h3" or "h4" or "h5" or "h6": n.Headings++; break;
                }
            }
            var p = n.Parent;
            if (p == null) continue;
            // Decided once the block's own figures are complete: a "share" or "sidebar" wrapper that holds
            // most of the page's prose is the article's layout, not a widget.
            if (n.HintedBoilerplate && !(n.TextLength * 10 >= totalText * 4 && n.LinkDensity < 0.3 && !IsList(n.Name)))
            {
                n.Excluded = true;
                totalText -= n.TextLength; // what remains is the prose the other blocks compete for
                continue;
            }
            p.TextLength += n.TextLength;
            p.LinkLength += n.LinkLength;
            p.Commas += n.Commas;
            p.Paragraphs += n.Paragraphs;
            p.Images += n.Images;
            p.ListItems += n.ListItems;
            p.Inputs += n.Inputs;
            p.Headings += n.Headings;
            if (n.Text == null && BlockTags.Contains(n.Name)) p.HasBlockChild = true;
        }
    }

    private static bool IsList(string name) => name is "ul" or "ol" or "li" or "dl";

    private static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
            if (c is ',' or '\uFF0C' or '\u3001' or '\u060C') count++;
        return count;
    }

    /// <summary>Collapses inner whitespace but keeps one leading/trailing space, which separates inline words.</summary>
    private static string CollapseKeepingEdges(string text)
    {
        if (text.Length == 0) return text;
        if (string.IsNullOrWhiteSpace(text)) return " ";
        var core = TextNormalizer.Collapse(text);
        if (core.Length == 0) return " ";
        var lead = IsSpace(text[0]) ? " " : "";
        var trail = IsSpace(text[^1]) ? " " : "";
        return lead.Length + trail.Length == 0 ? core : lead + core + trail;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0';
}
