namespace Alerts.Extract;

/// <summary>Strips the site name that pages append to (or put before) the document title.</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • ", " / ", " : "];

    public static string? Clean(string? title, string? siteName, IReadOnlyList<string> headings)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        title = TextNormalizer.Collapse(title);
        var headingKeys = headings.Select(TextNormalizer.ForComparison).Where(h => h.Length > 0).ToHashSet();
        if (headingKeys.Contains(TextNormalizer.ForComparison(title))) return title;
        var siteKey = TextNormalizer.ForComparison(siteName);
        foreach (var separator in Separators)
        {
            var last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                var head = title[..last].Trim();
                var tail = title[(last + separator.Length)..].Trim();
                if (IsSiteName(tail, siteKey) || headingKeys.Contains(TextNormalizer.ForComparison(head))) return head;
                // A long title followed by a short tail: the tail names the site or section.
                if (TextNormalizer.CountWords(head) > 4 && TextNormalizer.CountWords(tail) <= 4) return head;
            }
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0)
            {
                var head = title[..first].Trim();
                var tail = title[(first + separator.Length)..].Trim();
                if (IsSiteName(head, siteKey) || headingKeys.Contains(TextNormalizer.ForComparison(tail))) return tail;
            }
        }
        return title;
    }

    /// <summary>True when at least half the candidate's words occur in the reference (or there is no reference).</summary>
    public static bool Agrees(string? candidate, string? reference)
    {
        if (string.IsNullOrWhiteSpace(candidate)) return false;
        if (string.IsNullOrWhiteSpace(reference)) return true;
        var referenceWords = TextNormalizer.ForComparison(reference).Split(' ').ToHashSet();
        var words = TextNormalizer.ForComparison(candidate).Split(' ');
        return words.Count(referenceWords.Contains) * 2 >= words.Length;
    }

    private static bool IsSiteName(string part, string siteKey)
    {
        var key = TextNormalizer.ForComparison(part);
        if (key.Length == 0) return false;
        if (siteKey.Length > 0 && (key == siteKey || siteKey.Contains(key, StringComparison.Ordinal))) return true;
        // "example.com" style suffixes are the site whatever the page calls itself.
        return !key.Contains(' ', StringComparison.Ordinal) && key.Contains('.', StringComparison.Ordinal) && key.Length < 40;
    }
}
