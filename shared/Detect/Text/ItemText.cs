using Alerts.Detect.Lexicons;

namespace Alerts.Detect.Text;

/// <summary>An item's title and summary, tokenised and tagged once; every rule reads from here.</summary>
public sealed class ItemText
{
    public string Text { get; }
    public string Lang { get; }
    public List<Token> Tokens { get; }
    /// <summary>OR of the cues of each sentence (index 0 is the title).</summary>
    public Cue[] SentenceCues { get; }
    public Cue AllCues { get; }
    private readonly int[] _sentenceStart;

    public ItemText(string text, int titleLength, string lang, CueTrie trie)
    {
        Text = text;
        Lang = lang;
        Tokens = Tokenizer.Tokenize(text, titleLength);
        trie.Tag(Tokens, Languages.Mask(lang));
        var sentences = Tokens.Count == 0 ? 1 : Tokens[^1].Sentence + 1;
        SentenceCues = new Cue[sentences];
        _sentenceStart = new int[sentences + 1];
        Array.Fill(_sentenceStart, -1);
        for (var i = 0; i < Tokens.Count; i++)
        {
            var t = Tokens[i];
            SentenceCues[t.Sentence] |= t.Cues;
            if (_sentenceStart[t.Sentence] < 0) _sentenceStart[t.Sentence] = i;
            AllCues |= t.Cues;
        }
        _sentenceStart[sentences] = Tokens.Count;
        for (var s = sentences - 1; s >= 0; s--)
        {
            if (_sentenceStart[s] < 0) _sentenceStart[s] = _sentenceStart[s + 1];
        }
    }

    public int SentenceCount => SentenceCues.Length;

    public (int From, int To) SentenceTokens(int sentence) => (_sentenceStart[sentence], _sentenceStart[sentence + 1]);

    /// <summary>The sentence's own text, as written, for evidence.</summary>
    public string SentenceText(int sentence)
    {
        var (from, to) = SentenceTokens(sentence);
        if (from >= to) return "";
        var start = Tokens[from].Start;
        var end = Tokens[to - 1].Start + Tokens[to - 1].Length;
        if (end < Text.Length && Text[end] is '.' or '!' or '?' or '\'' or '"' or '»' or '”' or '’') end++;
        // Step back to an opening quote so evidence reads as written.
        if (start > 0 && Text[start - 1] is '\'' or '"' or '«' or '“' or '‘') start--;
        return Text[start..end].Trim();
    }

    public bool Has(Cue cues) => (AllCues & cues) != 0;

    public static bool Any(Cue set, Cue cues) => (set & cues) != 0;
}
