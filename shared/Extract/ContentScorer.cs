namespace Alerts.Extract;

/// <summary>
/// Finds the block that holds the article: every paragraph-like block votes for its ancestors by how much prose
/// it carries (length, commas), the votes fade with distance, and link-heavy blocks lose their share. The winner
/// is then widened to take in sibling blocks that look like more of the same article.
/// </summary>
internal static class ContentScorer
{
    private const int MinParagraphLength = 25;
    private const int AncestorLevels = 5;

    /// <summary>Scores the current reading of the model (see <see cref="ContentModel.Measure"/>); excluded blocks take no part.</summary>
    public static List<ContentNode> SelectContent(ContentModel model)
    {
        var candidates = new List<ContentNode>();
        for (var n = model.Root; n != null; n = n.NextInOrder)
        {
            if (n.Excluded || n.Text != null || !IsParagraphLike(n) || n.TextLength < MinParagraphLength) continue;
            var vote = 1.0 + n.Commas + Math.Min(n.TextLength / 100, 3);
            var ancestor = n.Parent;
            for (var level = 0; ancestor != null && level < AncestorLevels; level++, ancestor = ancestor.Parent)
            {
                if (ancestor.Parent == null) break; // the document root never competes
                if (!ancestor.IsCandidate)
                {
                    ancestor.IsCandidate = true;
                    ancestor.Score = TagBase(ancestor.Name) + ancestor.Weight;
                    candidates.Add(ancestor);
                }
                ancestor.Score += level switch { 0 => vote, 1 => vote / 2, _ => vote / (level * 3) };
            }
        }
        if (candidates.Count == 0) return [Body(model.Root)];

        ContentNode? best = null;
        foreach (var c in candidates)
        {
            c.Score *= 1 - c.LinkDensity;
            if (best == null || c.Score > best.Score) best = c;
        }
        best = PreferSharedAncestor(best!, candidates);
        best = ClimbSingleChildWrappers(best);
        return WithSiblings(best);
    }

    private static bool IsParagraphLike(ContentNode n) => n.Name switch
    {
        "p" or "pre" or "td" => true,
        "blockquote" or "div" or "section" or "article" or "li" or "dd" => !n.HasBlockChild,
        _ => false,
    };

    private static double TagBase(string name) => name switch
    {
        "div" or "article" or "section" or "main" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    /// <summary>
    /// When the article is split into several similar-scoring blocks (a body cut by ads or figures), the block
    /// that contains most of them is the article, not the single best part.
    /// </summary>
    private static ContentNode PreferSharedAncestor(ContentNode best, List<ContentNode> candidates)
    {
        var rivals = candidates.Where(c => c != best && c.Score >= best.Score * 0.75)
            .OrderByDescending(c => c.Score).Take(5).ToList();
        if (rivals.Count < 2) return best;
        // Count, for every ancestor of a rival, how many rivals it holds: one upward walk per rival.
        var holds = new Dictionary<ContentNode, int>();
        foreach (var rival in rivals)
            for (var a = rival.Parent; a != null; a = a.Parent)
                holds[a] = holds.GetValueOrDefault(a) + 1;
        for (var ancestor = best.Parent; ancestor?.Parent != null; ancestor = ancestor.Parent)
            if (holds.GetValueOrDefault(ancestor) >= 2) return ancestor;
        return best;
    }

    private static ContentNode ClimbSingleChildWrappers(ContentNode best)
    {
        while (best.Parent?.Parent != null && best.Parent.Children.Count(c => !c.Excluded && (c.Text == null || c.TextLength > 0)) == 1
               && best.Parent.Name != "body")
            best = best.Parent;
        return best;
    }

    /// <summary>The winner plus siblings scoring close to it, or sibling paragraphs that read as prose.</summary>
    private static List<ContentNode> WithSiblings(ContentNode best)
    {
        var parent = best.Parent;
        if (parent == null) return [best];
        var threshold = Math.Max(10, best.Score * 0.2);
        var bestClass = best.Node.GetAttributeValue("class", "");
        var chosen = new List<ContentNode>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == best) { chosen.Add(sibling); continue; }
            if (sibling.Excluded || sibling.Text != null) continue;
            var bonus = bestClass.Length > 0 && sibling.Node.GetAttributeValue("class", "") == bestClass ? best.Score * 0.2 : 0;
            if (sibling.IsCandidate && sibling.Score + bonus >= threshold) { chosen.Add(sibling); continue; }
            if (sibling.Name != "p") continue;
            var density = sibling.LinkDensity;
            if (sibling.TextLength > 80 && density < 0.25) chosen.Add(sibling);
            else if (sibling.TextLength is > 0 and <= 80 && density == 0 && EndsSentence(sibling)) chosen.Add(sibling);
        }
        return chosen;
    }

    private static bool EndsSentence(ContentNode n)
    {
        var text = HtmlDom.ShortText(n.Node, 80) ?? "";
        return text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal);
    }

    private static ContentNode Body(ContentNode root)
    {
        foreach (var c in root.Children)
        {
            if (c.Excluded) continue;
            if (c.Name == "html")
                foreach (var b in c.Children)
                    if (b.Name == "body" && !b.Excluded) return b;
            if (c.Name == "body") return c;
        }
        return root;
    }
}
