namespace Alerts.Detect.Lexicons;

/// <summary>How one word of a lexicon pattern matches a token.</summary>
public enum MatchKind
{
    /// <summary>"word": the whole token.</summary>
    Exact,
    /// <summary>"stem*": the token starts with the stem (covers inflection).</summary>
    Prefix,
    /// <summary>"*stem*": the stem anywhere in the token (German compounds: Gefangenenaustausch).</summary>
    Infix,
}

public sealed record WordPattern(string Text, MatchKind Kind)
{
    public static WordPattern Parse(string raw)
    {
        var p = raw.Trim().ToLowerInvariant().Replace('’', '\'').Replace('ё', 'е');
        if (p.Length > 2 && p[0] == '*' && p[^1] == '*') return new WordPattern(p[1..^1], MatchKind.Infix);
        if (p.Length > 1 && p[^1] == '*') return new WordPattern(p[..^1], MatchKind.Prefix);
        return new WordPattern(p, MatchKind.Exact);
    }

    public bool Matches(string token) => Kind switch
    {
        MatchKind.Exact => token == Text,
        MatchKind.Prefix => token.StartsWith(Text, StringComparison.Ordinal),
        _ => token.Contains(Text, StringComparison.Ordinal),
    };
}

/// <summary>One lexicon line's pattern: a word, or a phrase whose cues go to every word it spans.</summary>
public sealed record LexiconEntry(WordPattern[] Words, Cue Cues, LanguageMask Languages);

[Flags]
public enum LanguageMask
{
    None = 0,
    En = 1, Ru = 2, Be = 4, Uk = 8, De = 16, Fr = 32, Pl = 64, Other = 128,
    All = 255,
}

public static class Languages
{
    public static readonly string[] Supported = ["en", "ru", "be", "uk", "de", "fr", "pl"];

    public static LanguageMask Mask(string lang) => lang switch
    {
        "en" => LanguageMask.En,
        "ru" => LanguageMask.Ru,
        "be" => LanguageMask.Be,
        "uk" => LanguageMask.Uk,
        "de" => LanguageMask.De,
        "fr" => LanguageMask.Fr,
        "pl" => LanguageMask.Pl,
        _ => LanguageMask.Other,
    };
}
