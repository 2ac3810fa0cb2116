using System.Text;

namespace Alerts.Extract;

/// <summary>
/// Turns the chosen content blocks into plain text: one paragraph per block element, blank lines between.
/// Blocks inside the content that still look like boilerplate (link lists, image strips, tiny fragments,
/// negative class hints) are left out as the walk meets them.
/// </summary>
internal sealed class TextRenderer(string? title, string? byline)
{
    private static readonly HashSet<string> ParagraphBreaks =
    [
        "p", "div", "section", "article", "main", "table", "tr", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "header", "hr", "address", "details", "summary",
        "caption", "center", "fieldset",
    ];

    private static readonly HashSet<string> Conditional = ["div", "section", "table", "ul", "ol", "header", "dl", "figure", "fieldset"];

    private readonly string titleKey = TextNormalizer.ForComparison(title);
    private readonly string bylineKey = TextNormalizer.ForComparison(byline);

    /// <param name="cleanConditionally">false leaves in the blocks that only look like boilerplate by their figures.</param>
    public string Render(IReadOnlyList<ContentNode> roots, bool cleanConditionally = true)
    {
        var writer = new ParagraphWriter();
        var stack = new Stack<(ContentNode Node, bool Exit, bool InFigure, bool IsRoot)>(64);
        for (var i = roots.Count - 1; i >= 0; i--) stack.Push((roots[i], false, false, true));
        while (stack.Count > 0)
        {
            var (n, exit, inFigure, isRoot) = stack.Pop();
            if (n.Text != null) { writer.Append(n.Text); continue; }
            var block = ParagraphBreaks.Contains(n.Name);
            if (exit) { if (block) writer.Flush(); continue; }
            if (n.Name == "br") { writer.LineBreak(); continue; }
            inFigure |= n.Name == "figure";
            if (!isRoot && ShouldDrop(n, inFigure, cleanConditionally)) continue;
            if (block) writer.Flush();
            else if (n.Name is "td" or "th") writer.Append(" ");
            stack.Push((n, true, inFigure, false));
            for (var i = n.Children.Count - 1; i >= 0; i--)
                if (!n.Children[i].Excluded) stack.Push((n.Children[i], false, inFigure, false));
        }
        writer.Flush();
        return string.Join("\n\n", Clean(writer.Paragraphs));
    }

    private bool ShouldDrop(ContentNode n, bool inFigure, bool cleanConditionally)
    {
        if (n.Name is "h1" or "h2")
        {
            if (n.Weight < 0) return true;
            if (titleKey.Length > 0 && TextNormalizer.ForComparison(HtmlDom.ShortText(n.Node, 400)) == titleKey) return true;
        }
        if (!cleanConditionally || !Conditional.Contains(n.Name)) return false;
        var weight = n.Weight;
        if (weight + (n.IsCandidate ? n.Score : 0) < 0) return true;
        if (n.Commas >= 10) return false;
        var isList = n.Name is "ul" or "ol" or "dl";
        var paragraphs = n.Paragraphs;
        if (n.Images > 1 && paragraphs / (double)n.Images < 0.5 && !inFigure) return true;
        if (!isList && n.ListItems > paragraphs && n.LinkDensity > 0.1) return true;
        if (n.Inputs > paragraphs / 3) return true;
        if (!isList && n.TextLength < 25 && (n.Images == 0 || n.Images > 2) && n.Headings == 0 && !inFigure) return true;
        if (weight < 25 && n.LinkDensity > 0.2) return true;
        return weight >= 25 && n.LinkDensity > 0.5;
    }

    /// <summary>Drops leftover code, calls to action, the byline line and repeated captions.</summary>
    /// <returns>a list, which string.Join copies once at its exact length.</returns>
    private List<string> Clean(List<string> paragraphs)
    {
        var kept = new List<string>(paragraphs.Count);
        var recent = new Queue<string>();
        foreach (var p in paragraphs)
        {
            if (JunkText.LooksLikeCode(p) || JunkText.IsCallToAction(p)) continue;
            if (bylineKey.Length > 0 && p.Length < 120)
            {
                var key = TextNormalizer.ForComparison(p);
                if (key == bylineKey || key == "by " + bylineKey) continue;
            }
            // A caption repeated as the next paragraph (or the one after) is shown once; distant repeats are real text.
            if (p.Length < 300 && recent.Contains(p)) continue;
            recent.Enqueue(p);
            if (recent.Count > 2) recent.Dequeue();
            kept.Add(p);
        }
        return kept;
    }

    private sealed class ParagraphWriter
    {
        private readonly StringBuilder current = new();
        private bool pendingSpace;
        private int breaks;
        public List<string> Paragraphs { get; } = [];

        public void Append(string text)
        {
            if (text.Length == 0) return;
            if (char.IsWhiteSpace(text[0])) pendingSpace = true;
            var core = text.AsSpan().Trim();
            if (core.Length == 0) return;
            if (pendingSpace && current.Length > 0 && current[^1] != '\n') current.Append(' ');
            current.Append(core);
            pendingSpace = char.IsWhiteSpace(text[^1]);
            breaks = 0;
        }

        public void LineBreak()
        {
            if (++breaks >= 2) { Flush(); return; }
            if (current.Length > 0) current.Append('\n');
            pendingSpace = false;
        }

        public void Flush()
        {
            var text = current.ToString().Trim();
            if (text.Length > 0) Paragraphs.Add(text);
            current.Clear();
            pendingSpace = false;
            breaks = 0;
        }
    }
}
