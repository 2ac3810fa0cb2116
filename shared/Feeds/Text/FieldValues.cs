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
        foreach (var v in values)
        {
            if (!string.IsNullOrWhiteSpace(v) && !list.Contains(v)) list.Add(v);
        }
        return list;
    }
}
