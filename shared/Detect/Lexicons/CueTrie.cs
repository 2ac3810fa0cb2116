using System.Collections.Frozen;
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
        private Dictionary<char, Node>? _building;
        public FrozenDictionary<char, Node>? Children;
        public List<LexiconEntry>? Exact;
        public List<LexiconEntry>? Prefix;

        public Node Child(char c)
        {
            _building ??= new Dictionary<char, Node>();
            if (!_building.TryGetValue(c, out var next)) _building[c] = next = new Node();
            return next;
        }

        /// <summary>Lookups dominate tagging, so the finished trie uses read-optimised dictionaries.</summary>
        public void Freeze()
        {
            if (_building == null) return;
            foreach (var child in _building.Values) child.Freeze();
            Children = _building.ToFrozenDictionary();
            _building = null;
        }
    }

    private readonly Node _start = new();
    private readonly Node _infix = new();
    /// <summary>Languages with compound infixes: the only ones that pay for walking from every position.</summary>
    private readonly LanguageMask _infixLanguages;

    public CueTrie(IEnumerable<LexiconEntry> entries)
    {
        foreach (var entry in entries)
        {
            var first = entry.Words[0];
            var node = first.Kind == MatchKind.Infix ? _infix : _start;
            foreach (var c in first.Text) node = node.Child(c);
            var list = first.Kind == MatchKind.Exact ? (node.Exact ??= []) : (node.Prefix ??= []);
            list.Add(entry);
            if (first.Kind == MatchKind.Infix) _infixLanguages |= entry.Languages;
        }
        _start.Freeze();
        _infix.Freeze();
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
            if ((_infixLanguages & language) == 0) continue;
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
