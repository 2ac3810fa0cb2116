using Alerts.Detect.Text;

namespace Alerts.Detect.Lexicons;

/// <summary>
/// All lexicon entries compiled into two character tries (one walked from the start of each token for
/// words and stems, one walked from every position for compound infixes), so tagging a token costs a
/// walk over its letters and never a regex per entry. Immutable after construction: safe to share.
/// </summary>
public sealed class CueTrie
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public List<LexiconEntry>? Exact;
        public List<LexiconEntry>? Prefix;

        public Node Child(char c)
        {
            Children ??= new Dictionary<char, Node>();
            if (!Children.TryGetValue(c, out var next)) Children[c] = next = new Node();
            return next;
        }
    }

    private readonly Node _start = new();
    private readonly Node _infix = new();

    public CueTrie(IEnumerable<LexiconEntry> entries)
    {
        foreach (var entry in entries)
        {
            var first = entry.Words[0];
            var node = first.Kind == MatchKind.Infix ? _infix : _start;
            foreach (var c in first.Text) node = node.Child(c);
            var list = first.Kind == MatchKind.Exact ? (node.Exact ??= []) : (node.Prefix ??= []);
            list.Add(entry);
        }
    }

    /// <summary>Sets each token's cues for the given language.</summary>
    public void Tag(List<Token> tokens, LanguageMask language)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        for (var i = 0; i < span.Length; i++)
        {
            var word = span[i].Lower;
            var node = _start;
            for (var k = 0; k < word.Length && node != null; k++)
            {
                node = node.Children != null && node.Children.TryGetValue(word[k], out var next) ? next : null;
                if (node?.Prefix != null) Apply(node.Prefix, span, i, language);
            }
            if (node?.Exact != null) Apply(node.Exact, span, i, language);
            for (var from = 0; from < word.Length; from++)
            {
                var inner = _infix;
                for (var k = from; k < word.Length && inner != null; k++)
                {
                    inner = inner.Children != null && inner.Children.TryGetValue(word[k], out var next) ? next : null;
                    if (inner?.Prefix != null) Apply(inner.Prefix, span, i, language);
                }
            }
        }
    }

    private static void Apply(List<LexiconEntry> entries, Span<Token> tokens, int at, LanguageMask language)
    {
        foreach (var entry in entries)
        {
            if ((entry.Languages & language) == 0) continue;
            var words = entry.Words;
            if (words.Length == 1)
            {
                tokens[at].Cues |= entry.Cues;
                continue;
            }
            if (at + words.Length > tokens.Length) continue;
            var matched = true;
            for (var w = 1; w < words.Length && matched; w++) matched = words[w].Matches(tokens[at + w].Lower);
            if (!matched) continue;
            for (var w = 0; w < words.Length; w++) tokens[at + w].Cues |= entry.Cues;
        }
    }
}
