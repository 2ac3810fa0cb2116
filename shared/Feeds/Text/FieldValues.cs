namespace Alerts.Feeds.Text;

/// <summary>Small value clean-ups every format adapter needs.</summary>
internal static class FieldValues
{
    public static bool LooksLikeUrl(string? s) =>
        s is not null && (s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase));

    public static long? ParseLength(string? s) => long.TryParse(s?.Trim(), out var n) && n >= 0 ? n : null;

    /// <summary>Non-empty values, first occurrence kept, order preserved.</summary>
    public static IReadOnlyList<string> Distinct(IEnumerable<string?> values)
    {
        var list = new List<string>();
        foreach (var v in values) AddDistinct(list, v);
        return list;
    }

    /// <summary>Non-empty values of <paramref name="raw"/> after <paramref name="clean"/>, first occurrence kept, order preserved.</summary>
    public static IReadOnlyList<string> Distinct(List<string> raw, Func<string, string?> clean)
    {
        var list = new List<string>(raw.Count);
        foreach (var v in raw) AddDistinct(list, clean(v));
        return list;
    }

    private static void AddDistinct(List<string> list, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !list.Contains(value)) list.Add(value);
    }
}
