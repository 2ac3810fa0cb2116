namespace Alerts.Extract;

/// <summary>Reduces a byline line to the names: no "By"/"Posted by" prefix, no trailing date or time.</summary>
internal static class BylineCleaner
{
    private static readonly string[] Prefixes = ["posted by ", "written by ", "words by ", "by "];

    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
        "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "updated", "published", "posted", "on", "last",
    };

    public static string? Clean(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline)) return null;
        var text = TextNormalizer.Collapse(byline);
        foreach (var prefix in Prefixes)
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) { text = text[prefix.Length..]; break; }
        var words = text.Split(' ');
        var keep = 0;
        while (keep < words.Length && !StartsDate(words[keep])) keep++;
        // "Nolan22 Dec": a name glued to the date that follows it keeps its letters.
        if (keep < words.Length && words[keep].Length > 0 && char.IsLetter(words[keep][0]) && words[keep].Any(char.IsDigit))
        {
            words[keep] = new string(words[keep].TakeWhile(c => !char.IsDigit(c)).ToArray());
            keep++;
        }
        text = string.Join(' ', words, 0, keep).Trim().TrimEnd('-', '|', ',', '·', '•', '–', '—', ':', '@').Trim();
        if (text.Length < 2 || string.Equals(text, "by", StringComparison.OrdinalIgnoreCase)) return null;
        return text;
    }

    private static bool StartsDate(string word)
    {
        var core = word.Trim(',', '.', '(', ')', ':');
        if (core.Length == 0) return false;
        return char.IsDigit(core[0]) || DateWords.Contains(core) || (char.IsLetter(core[0]) && core.Any(char.IsDigit));
    }
}
