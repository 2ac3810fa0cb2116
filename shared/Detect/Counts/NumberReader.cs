using Alerts.Detect.Countries;

namespace Alerts.Detect.Counts;

/// <summary>A number stated in the text: tokens [Start, End); Value is null for vague amounts ("dozens").</summary>
internal readonly record struct NumberMention(int Start, int End, int? Value);

/// <summary>
/// Reads numbers written in digits ("1,584", "1 584", "1.584", "38042") or words ("fifty-two", "двух", "zwei Dutzend",
/// "7 тисяч"). Ordinals ("19th", "19-й", "17. pakiet") and decimals ("7,5") are not counts and are skipped.
/// </summary>
internal static class NumberReader
{
    public static List<NumberMention> Read(string text, List<FoldedToken> tokens)
    {
        var mentions = new List<NumberMention>();
        for (var i = 0; i < tokens.Count;)
        {
            var end = i;
            long? value = null;
            var vague = false;
            if (tokens[i].IsNumber)
            {
                (value, end) = ReadDigits(text, tokens, i);
                if (value is null) { i = end; continue; }
                if (IsOrdinalOrDecimal(text, tokens, i, end)) { i = end; continue; }
            }
            var (wordValue, wordEnd, wordVague) = ReadWords(tokens, end, value);
            if (wordEnd > end) { value = wordValue; end = wordEnd; vague = wordVague; }
            if (end == i) { i++; continue; }
            mentions.Add(new NumberMention(i, end, vague || value is null || value > int.MaxValue ? null : (int)value.Value));
            i = end;
        }
        return mentions;
    }

    private static (long? Value, int End) ReadDigits(string text, List<FoldedToken> tokens, int i)
    {
        var first = tokens[i];
        if (first.Text.Length > 9) return (null, i + 1);
        long value = long.Parse(first.Text, System.Globalization.CultureInfo.InvariantCulture);
        var end = i + 1;
        // Thousands groups: one separator character, then exactly three digits ("1,584", "1 584", "1.584").
        if (first.Text.Length <= 3)
        {
            while (end < tokens.Count && tokens[end].IsNumber && tokens[end].Text.Length == 3)
            {
                var prev = tokens[end - 1];
                var gap = tokens[end].Start - (prev.Start + prev.Length);
                if (gap != 1 || text[prev.Start + prev.Length] is not (',' or '.' or ' ' or '\u00A0' or '\u202F' or '\'' or '’')) break;
                value = value * 1000 + long.Parse(tokens[end].Text, System.Globalization.CultureInfo.InvariantCulture);
                end++;
            }
        }
        return (value, end);
    }

    private static bool IsOrdinalOrDecimal(string text, List<FoldedToken> tokens, int start, int end)
    {
        var last = tokens[end - 1];
        var after = last.Start + last.Length;
        if (after >= text.Length) return false;
        var ch = text[after];
        if (ch is '-' && end < tokens.Count && tokens[end].Start == after + 1 && tokens[end].Text.Length <= 3 && !tokens[end].IsNumber
            && tokens[end].Text is not ("for" or "na" or "za")) return true;
        if (ch is ',' or '.' && after + 1 < text.Length && char.IsDigit(text[after + 1])) return true;
        if (ch == '.' && after + 2 < text.Length && text[after + 1] == ' ' && char.IsLower(text[after + 2])) return true;
        return false;
    }

    private static (long? Value, int End, bool Vague) ReadWords(List<FoldedToken> tokens, int start, long? digits)
    {
        long total = 0;
        long current = digits ?? 0;
        var any = digits is not null;
        var end = start;
        var vague = false;
        for (var k = start; k < tokens.Count; k++)
        {
            var text = tokens[k].Text;
            if (!NumberWords.TryGet(text, out var v, out var kind))
            {
                // "one hundred and twenty", "fifty-two": a joining word only inside a number.
                if (any && text is "and" && k + 1 < tokens.Count && NumberWords.TryGet(tokens[k + 1].Text, out _, out var nk) && nk == NumberKind.Unit) continue;
                break;
            }
            switch (kind)
            {
                case NumberKind.Vague:
                    if (any) return (total + current, end, false);
                    return (null, k + 1, true);
                case NumberKind.Unit:
                    if (digits is not null && k == start) return (current, end, false);
                    current += v;
                    break;
                case NumberKind.Hundred:
                    current = Math.Max(current, 1) * 100;
                    break;
                case NumberKind.Thousand:
                    // A bare plural "тысячи" / "thousands" with no number before it is vague.
                    if (!any && text is not ("thousand" or "tysiac" or "тысяча" or "тисяча" or "tausend" or "mille")) { vague = true; return (null, k + 1, true); }
                    total += Math.Max(current, 1) * 1000;
                    current = 0;
                    break;
                case NumberKind.Dozen:
                    current = Math.Max(current, 1) * 12;
                    break;
            }
            any = true;
            end = k + 1;
        }
        return any ? (total + current, end, vague) : (null, start, false);
    }
}
