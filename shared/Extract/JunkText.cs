namespace Alerts.Extract;

/// <summary>
/// Recognises text that is not prose: style sheets and scripts that leaked into the body as text (common in
/// scraped pages), and the short calls to action that sit between paragraphs ("Get App", "Subscribe now").
/// A single linear scan per string, no regular expressions: it runs on every text node.
/// </summary>
internal static class JunkText
{
    /// <summary>True when the text reads like CSS rules or script code rather than sentences.</summary>
    public static bool LooksLikeCode(string text)
    {
        if (text.Length < 20) return false;
        // Every verdict below needs braces or semicolons, or else "px" units; prose has none of them, and these
        // vectorised searches rule it out without the character-by-character count.
        if (text.AsSpan().IndexOfAny('{', '}', ';') < 0 && !text.Contains("px", StringComparison.Ordinal)) return false;
        int braces = 0, semicolons = 0, colons = 0, parens = 0, equals = 0, letters = 0, cssUnits = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '{' or '}': braces++; break;
                case ';': semicolons++; break;
                case ':': colons++; break;
                case '(' or ')': parens++; break;
                case '=': equals++; break;
                default:
                    if (char.IsLetter(c)) letters++;
                    if (c == 'p' && i + 2 < text.Length && text[i + 1] == 'x' && (text[i + 2] is ';' or ' ' or ')' or '}'))
                        if (i > 0 && char.IsDigit(text[i - 1])) cssUnits++;
                    break;
            }
        }
        if (braces >= 2 && semicolons + colons >= 2)
        {
            // One rule per ~200 characters is already far more structure than prose ever has.
            var markers = braces + semicolons + cssUnits;
            if (markers * 40 >= text.Length) return true;
        }
        if (cssUnits >= 3 && cssUnits * 60 >= text.Length) return true;
        // Script: many statements and assignments, few letters relative to punctuation.
        return semicolons >= 3 && equals + parens >= 4 && (semicolons + equals + parens + braces) * 12 >= letters;
    }

    private static readonly string[] CallsToAction =
    [
        "get app", "get the app", "download the app", "download app", "open in app", "install the app",
        "subscribe", "sign up", "newsletter", "follow us", "share this", "share on", "share via", "share article",
        "advertisement", "sponsored", "also read", "read more", "read also", "click here", "cookie",
        "accept all", "we use cookies", "skip to", "back to top", "trending", "recommended for you", "you may also like",
        "more from", "related stories", "related articles", "continue reading", "log in", "sign in",
    ];

    /// <summary>True for a short paragraph that only asks the reader to do something.</summary>
    public static bool IsCallToAction(string paragraph)
    {
        if (paragraph.Length > 90) return false;
        var lower = paragraph.ToLowerInvariant();
        foreach (var phrase in CallsToAction)
            if (lower.Contains(phrase, StringComparison.Ordinal)) return true;
        return false;
    }
}
