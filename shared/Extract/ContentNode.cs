using HtmlAgilityPack;

namespace Alerts.Extract;

/// <summary>
/// One kept node of the page. What the page says about the node (its text, its hints, its kind) is fixed when the
/// model is built; the figures summed over its subtree and the scores are redone for each reading of the page.
/// </summary>
internal sealed class ContentNode(HtmlNode node, ContentNode? parent, string? text)
{
    /// <summary>
    /// Stands for every whitespace-only text node. It has no parent, never takes part in scoring and is never
    /// excluded; its children lists and the renderer are all that see it.
    /// </summary>
    public static readonly ContentNode Space = new(new HtmlDocument().CreateTextNode(" "), null, " ");

    public HtmlNode Node { get; } = node;
    public ContentNode? Parent { get; } = parent;
    /// <summary>Decoded, whitespace-collapsed text for text nodes; null for elements.</summary>
    public string? Text { get; } = text;
    public string Name => Node.Name;
    private static readonly List<ContentNode> NoChildren = [];
    private List<ContentNode>? children;

    /// <summary>
    /// Read-only view for walking; most nodes are text and never get a list of their own. Holds every kept child:
    /// walkers skip the ones the current reading <see cref="Excluded"/>.
    /// </summary>
    public List<ContentNode> Children => children ?? NoChildren;

    /// <summary>The list is sized for every child the element has, so it never grows; some are dropped, a few slots go unused.</summary>
    public void AddChild(ContentNode child) => (children ??= new List<ContentNode>(Node.ChildNodes.Count)).Add(child);

    /// <summary>The next and previous kept node in document order (see <see cref="ContentModel.InOrder"/>).</summary>
    public ContentNode? NextInOrder { get; private set; }
    public ContentNode? PreviousInOrder { get; private set; }

    /// <summary>Links <paramref name="next"/> after this node in document order and returns it.</summary>
    public ContentNode Append(ContentNode next)
    {
        NextInOrder = next;
        next.PreviousInOrder = this;
        return next;
    }

    public bool InLink { get; init; }
    public int Depth { get; init; }
    public BoilerplateHints.Assessment Hints { get; init; }
    /// <summary>Class and id weight for scoring and cleaning (+25 content words, -25 boilerplate words, per attribute).</summary>
    public int Weight => Hints.Weight;

    /// <summary>This text node's own length (trimmed) and commas; zero for elements.</summary>
    public int OwnTextLength { get; init; }
    public int OwnCommas { get; init; }

    public int TextLength;
    public int LinkLength;
    public int Commas;
    public int Paragraphs;
    public int Images;
    public int ListItems;
    public int Inputs;
    public int Headings;
    public bool HasBlockChild;

    /// <summary>Left out of the current reading: hinted boilerplate without most of the page's prose, or inside such a block.</summary>
    public bool Excluded;

    public bool IsCandidate;
    public double Score;

    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;

    /// <summary>Back to the node's own figures, before its subtree is summed into it for a new reading.</summary>
    public void Reset()
    {
        TextLength = OwnTextLength;
        LinkLength = InLink ? OwnTextLength : 0;
        Commas = OwnCommas;
        Paragraphs = Images = ListItems = Inputs = Headings = 0;
        if (Text == null)
        {
            switch (Name)
            {
                case "p": Paragraphs = 1; break;
                case "img" or "picture": Images = 1; break;
                case "li": ListItems = 1; break;
                case "input" or "select" or "textarea" or "button": Inputs = 1; break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6": Headings = 1; break;
            }
        }
        HasBlockChild = false;
        Excluded = false;
        IsCandidate = false;
        Score = 0;
    }

    /// <summary>Adds a finished child subtree's figures into this node.</summary>
    public void Add(ContentNode child)
    {
        TextLength += child.TextLength;
        LinkLength += child.LinkLength;
        Commas += child.Commas;
        Paragraphs += child.Paragraphs;
        Images += child.Images;
        ListItems += child.ListItems;
        Inputs += child.Inputs;
        Headings += child.Headings;
        if (child.Text == null && ContentModel.BlockTags.Contains(child.Name)) HasBlockChild = true;
    }
}
