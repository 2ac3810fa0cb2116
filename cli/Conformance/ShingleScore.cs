namespace Alerts.Cli.Conformance;

/// <summary>Precision, recall and F1 of one text against another over multisets of 4-word shingles.</summary>
public readonly record struct ShingleScore(double Precision, double Recall, double F1)
{
    public const int Size = 4;

    /// <summary>Words are the whitespace-separated, lower-cased tokens; texts shorter than a shingle count as one shingle.</summary>
    public static ShingleScore Compare(string actual, string expected)
    {
        var ours = Shingles(actual);
        var theirs = Shingles(expected);
        if (ours.Count == 0 && theirs.Count == 0) return new(1, 1, 1);
        if (ours.Count == 0 || theirs.Count == 0) return new(0, 0, 0);
        var overlap = 0;
        var ourTotal = 0;
        foreach (var (shingle, count) in ours)
        {
            ourTotal += count;
            if (theirs.TryGetValue(shingle, out var other)) overlap += Math.Min(count, other);
        }
        var theirTotal = theirs.Values.Sum();
        var precision = (double)overlap / ourTotal;
        var recall = (double)overlap / theirTotal;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new(precision, recall, f1);
    }

    public static Dictionary<string, int> Shingles(string text)
    {
        var words = text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Length == 0) return result;
        if (words.Length < Size)
        {
            result[string.Join(' ', words)] = 1;
            return result;
        }
        for (var i = 0; i + Size <= words.Length; i++)
        {
            var key = string.Join(' ', words, i, Size);
            result[key] = result.GetValueOrDefault(key) + 1;
        }
        return result;
    }
}
