namespace Alerts.Detect.Text;

/// <summary>
/// Splits title and summary into words and sentences in one pass. Letters and digits make words; an
/// apostrophe between two Cyrillic letters stays inside the word (Ukrainian and Belarusian spell with it),
/// any other apostrophe splits (French elision: l'échange gives "l" and "échange").
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, int titleLength)
    {
        var tokens = new List<Token>(text.Length / 6 + 4);
        var sentence = 0;
        var pendingBreak = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (i >= titleLength && sentence == 0 && tokens.Count > 0) sentence = 1;
                if (c is '.' or '!' or '?' or ';' or '|') pendingBreak = true;
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i))) i++;
            if (start >= titleLength && sentence == 0) { sentence = 1; pendingBreak = false; }
            if (pendingBreak && tokens.Count > 0 && (char.IsUpper(c) || char.IsDigit(c)) && start > titleLength)
            {
                if (!IsAbbreviation(tokens[^1])) sentence++;
            }
            pendingBreak = false;
            var raw = text.AsSpan(start, i - start);
            tokens.Add(new Token
            {
                Start = start,
                Length = i - start,
                Lower = Normalise(raw),
                Sentence = sentence,
                Capitalised = char.IsUpper(c),
                IsNumber = char.IsDigit(c),
            });
        }
        return tokens;
    }

    private static bool IsInnerApostrophe(string text, int i)
    {
        var c = text[i];
        if (c is not ('\'' or '’' or 'ʼ')) return false;
        return i > 0 && i + 1 < text.Length && IsCyrillic(text[i - 1]) && IsCyrillic(text[i + 1]);
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>Short capitalised tokens such as "U.S" or "Mr" do not end a sentence.</summary>
    private static bool IsAbbreviation(Token previous) => previous.Length <= 2 && previous.Capitalised && !previous.IsNumber;

    /// <summary>Lower case, one apostrophe form, ё as е so lexicons list one spelling.</summary>
    private static string Normalise(ReadOnlySpan<char> raw)
    {
        Span<char> buffer = raw.Length <= 128 ? stackalloc char[raw.Length] : new char[raw.Length];
        for (var k = 0; k < raw.Length; k++)
        {
            var c = char.ToLowerInvariant(raw[k]);
            buffer[k] = c switch { '’' or 'ʼ' => '\'', 'ё' => 'е', _ => c };
        }
        return new string(buffer);
    }
}
