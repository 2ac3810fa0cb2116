using System.Globalization;
using System.Text;

namespace Alerts.Detect.Countries;

/// <summary>One word of a text: its folded form (lower case, no diacritics) and how it was written.</summary>
public readonly record struct FoldedToken(string Text, int Start, int Length, bool Capitalized, bool AllCaps, bool SentenceStart, bool IsNumber);

/// <summary>
/// Splits text into words and folds them (lower case, diacritics removed, ß to ss, ł to l) so that one
/// dictionary entry serves every spelling: "Белоруссии" and "белоруссии", "Biélorussie" and "bielorussie".
/// A per-character table keeps this allocation-light: the detector must handle tens of thousands of items a second.
/// </summary>
public static class FoldedText
{
    private static readonly string?[] Fold = BuildFoldTable();

    private static string?[] BuildFoldTable()
    {
        var table = new string?[0x0500];
        for (var c = 0; c < table.Length; c++)
        {
            var ch = (char)c;
            if (!char.IsLetterOrDigit(ch)) continue;
            var lower = char.ToLowerInvariant(ch).ToString().Normalize(NormalizationForm.FormD);
            var sb = new StringBuilder();
            foreach (var d in lower)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) sb.Append(d);
            }
            table[c] = sb.ToString();
        }
        table['ß'] = "ss";
        table['ł'] = "l";
        table['Ł'] = "l";
        table['ø'] = "o";
        table['Ø'] = "o";
        table['æ'] = "ae";
        table['đ'] = "d";
        table['ı'] = "i";
        return table;
    }

    /// <summary>Folds one word the same way the tokenizer does (used to compile dictionary entries).</summary>
    public static string FoldWord(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var ch in word) AppendFolded(sb, ch);
        return sb.ToString();
    }

    private static bool AppendFolded(StringBuilder sb, char ch)
    {
        if (ch < Fold.Length)
        {
            var f = Fold[ch];
            if (f is null) return false;
            sb.Append(f);
            return true;
        }
        if (!char.IsLetterOrDigit(ch)) return false;
        sb.Append(char.ToLowerInvariant(ch));
        return true;
    }

    private static bool IsWordChar(char ch) => ch < Fold.Length ? Fold[ch] is not null : char.IsLetterOrDigit(ch);

    // Single-character folds for the common case, so tokenizing writes chars into a buffer without string lookups.
    private static readonly char[] FoldChar = BuildFoldChar();

    private static char[] BuildFoldChar()
    {
        var table = new char[Fold.Length];
        for (var c = 0; c < table.Length; c++)
        {
            var f = Fold[c];
            table[c] = f is { Length: 1 } ? f[0] : '\0';
        }
        return table;
    }

    /// <summary>Words of the text in order. Apostrophes and hyphens split words ("Russia's" → russia, s).</summary>
    [ThreadStatic] private static string? _lastText;
    [ThreadStatic] private static List<FoldedToken>? _lastTokens;

    /// <summary>
    /// <see cref="Tokenize"/>, remembering the last text on this thread: the detector hands the same string to the
    /// country and the count extractors, which then tokenise it once. Callers must not modify the list.
    /// </summary>
    public static List<FoldedToken> TokenizeShared(string text)
    {
        if (ReferenceEquals(text, _lastText) && _lastTokens is { } cached) return cached;
        var tokens = Tokenize(text);
        (_lastText, _lastTokens) = (text, tokens);
        return tokens;
    }

    public static List<FoldedToken> Tokenize(string text)
    {
        var tokens = new List<FoldedToken>(text.Length / 5 + 4);
        Span<char> buffer = stackalloc char[128];
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (!IsWordChar(ch))
            {
                if (ch is '.' or '!' or '?' or '|' or ':' or '\n' or '«' or '"' or '“') sentenceStart = true;
                i++;
                continue;
            }
            var start = i;
            var length = 0;
            StringBuilder? overflow = null;
            var upper = 0;
            var letters = 0;
            var digits = true;
            while (i < text.Length)
            {
                var c = text[i];
                if (!IsWordChar(c))
                {
                    // Ukrainian and Belarusian write an apostrophe inside words (п'ять, з'ява): keep the word whole.
                    if (IsApostrophe(c) && i + 1 < text.Length && IsCyrillic(text[i - 1]) && IsCyrillic(text[i + 1])) { i++; continue; }
                    break;
                }
                if (char.IsLetter(c)) { letters++; digits = false; if (char.IsUpper(c)) upper++; }
                var single = c < FoldChar.Length ? FoldChar[c] : char.ToLowerInvariant(c);
                if (single != '\0' && length < buffer.Length && overflow is null) buffer[length++] = single;
                else
                {
                    overflow ??= new StringBuilder().Append(buffer[..length]);
                    AppendFolded(overflow, c);
                }
                i++;
            }
            var folded = overflow?.ToString() ?? new string(buffer[..length]);
            var capitalized = char.IsUpper(text[start]);
            tokens.Add(new FoldedToken(folded, start, i - start, capitalized, letters > 1 && upper == letters, sentenceStart, digits));
            sentenceStart = false;
        }
        return tokens;
    }

    private static bool IsApostrophe(char ch) => ch is '\'' or '’' or 'ʼ';

    private static bool IsCyrillic(char ch) => ch is >= '\u0400' and <= '\u04FF';

    /// <summary>True when a sentence boundary lies between two character offsets.</summary>
    public static bool SentenceBreakBetween(string text, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < text.Length; i++)
        {
            var ch = text[i];
            if (ch is '!' or '?' or '\n' or '|' or ';') return true;
            if (ch == '.' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && !(i > 0 && char.IsDigit(text[i - 1]) && i + 2 < text.Length && char.IsLower(text[i + 2])))
            {
                // "U.S. officials" and "Nov. 3" are not breaks; a full stop before a capital is.
                if (i >= 2 && text[i - 2] == '.') continue;
                if (i + 2 < text.Length && char.IsLower(text[i + 2])) continue;
                return true;
            }
        }
        return false;
    }
}
