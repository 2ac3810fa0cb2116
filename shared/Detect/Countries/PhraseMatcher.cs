namespace Alerts.Detect.Countries;

/// <summary>How a pattern word must have been written in the original text.</summary>
internal enum CaseRule : byte { Any, Capitalized, AllCaps }

internal sealed record PatternWord(string Folded, bool Prefix, CaseRule Case);

/// <summary>A dictionary phrase and the values it stands for; no values means "recognised, but names nothing" (a guard).</summary>
internal sealed record PhraseEntry(PatternWord[] Words, string[] Values, bool PersonAmbiguous);

internal readonly record struct PhraseHit(PhraseEntry Entry, int TokenIndex, int TokenCount);

/// <summary>
/// Longest-match lookup of multi-word phrases over folded tokens. The first word goes through a character
/// trie that serves exact words and stems ("беларус*") in one walk, so each token costs one pass over its letters
/// whatever the dictionary size.
/// </summary>
internal sealed class PhraseMatcher
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Next;
        public List<PhraseEntry>? Exact;
        public List<PhraseEntry>? Prefix;
    }

    private readonly Node _root = new();

    /// <summary>
    /// Pattern syntax: words separated by spaces; "word*" matches any word starting with it; "^Word" requires a capital
    /// in the text; "=WORD" requires all capitals; a leading "~" on the pattern marks a word that is also a person's name.
    /// </summary>
    public void Add(string pattern, string[] values)
    {
        var personAmbiguous = pattern.StartsWith('~');
        if (personAmbiguous) pattern = pattern[1..];
        var words = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(ParseWord).ToArray();
        if (words.Length == 0) return;
        var entry = new PhraseEntry(words, values, personAmbiguous);
        var node = _root;
        foreach (var ch in words[0].Folded)
        {
            node.Next ??= [];
            if (!node.Next.TryGetValue(ch, out var child)) node.Next[ch] = child = new Node();
            node = child;
        }
        if (words[0].Prefix) (node.Prefix ??= []).Add(entry);
        else (node.Exact ??= []).Add(entry);
    }

    private static IEnumerable<PatternWord> ParseWord(string raw)
    {
        var rule = CaseRule.Any;
        if (raw.StartsWith('^')) { rule = CaseRule.Capitalized; raw = raw[1..]; }
        else if (raw.StartsWith('=')) { rule = CaseRule.AllCaps; raw = raw[1..]; }
        var prefix = raw.EndsWith('*');
        if (prefix) raw = raw[..^1];
        // Hyphens and apostrophes split words in the text, so they split pattern words too.
        var parts = FoldedText.Tokenize(raw);
        for (var i = 0; i < parts.Count; i++)
        {
            yield return new PatternWord(parts[i].Text, prefix && i == parts.Count - 1, rule);
        }
    }

    /// <summary>Non-overlapping longest matches, left to right.</summary>
    public List<PhraseHit> Match(IReadOnlyList<FoldedToken> tokens)
    {
        var hits = new List<PhraseHit>();
        var candidates = new List<PhraseEntry>(8);
        for (var i = 0; i < tokens.Count;)
        {
            candidates.Clear();
            CollectFirstWord(tokens[i], candidates);
            PhraseEntry? best = null;
            foreach (var entry in candidates)
            {
                if (!MatchesRest(entry, tokens, i)) continue;
                if (best is null || entry.Words.Length > best.Words.Length ||
                    (entry.Words.Length == best.Words.Length && !entry.Words[^1].Prefix && best.Words[^1].Prefix)) best = entry;
            }
            if (best is null) { i++; continue; }
            hits.Add(new PhraseHit(best, i, best.Words.Length));
            i += best.Words.Length;
        }
        return hits;
    }

    private void CollectFirstWord(FoldedToken token, List<PhraseEntry> into)
    {
        var node = _root;
        var text = token.Text;
        for (var k = 0; k < text.Length; k++)
        {
            if (node.Next is null || !node.Next.TryGetValue(text[k], out node!)) return;
            if (node.Prefix is not null) into.AddRange(node.Prefix);
        }
        if (node.Exact is not null) into.AddRange(node.Exact);
    }

    private static bool MatchesRest(PhraseEntry entry, IReadOnlyList<FoldedToken> tokens, int start)
    {
        var words = entry.Words;
        if (start + words.Length > tokens.Count) return false;
        for (var w = 0; w < words.Length; w++)
        {
            var token = tokens[start + w];
            var word = words[w];
            if (w > 0)
            {
                var ok = word.Prefix ? token.Text.StartsWith(word.Folded, StringComparison.Ordinal) : token.Text == word.Folded;
                if (!ok) return false;
            }
            if (word.Case == CaseRule.Capitalized && !token.Capitalized) return false;
            if (word.Case == CaseRule.AllCaps && !(token.AllCaps || (token.Capitalized && token.Length == 1))) return false;
        }
        return true;
    }
}
