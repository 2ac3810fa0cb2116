namespace Alerts.Feeds.Dates;

/// <summary>Zone abbreviations of RFC 822 (including military letters) and the few others feeds commonly use.</summary>
internal static class TimeZoneNames
{
    private static readonly Dictionary<string, int> Minutes = Build();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MinutesBySpan = Minutes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static TimeSpan? Lookup(string name) => Lookup(name.AsSpan());

    public static TimeSpan? Lookup(ReadOnlySpan<char> name)
    {
        if (name.Length is 0 or > 8) return null; // no zone name is longer
        Span<char> upper = stackalloc char[name.Length];
        name.ToUpperInvariant(upper);
        return MinutesBySpan.TryGetValue(upper, out var m) ? TimeSpan.FromMinutes(m) : null;
    }

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0,
            ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300,
            ["MST"] = -420, ["MDT"] = -360, ["PST"] = -480, ["PDT"] = -420,
            ["AKST"] = -540, ["AKDT"] = -480, ["HST"] = -600,
            ["BST"] = 60, ["CET"] = 60, ["CEST"] = 120, ["MEZ"] = 60, ["MESZ"] = 120, ["WEST"] = 60,
            ["EET"] = 120, ["EEST"] = 180, ["MSK"] = 180, ["IST"] = 330, ["JST"] = 540, ["KST"] = 540,
            ["AEST"] = 600, ["AEDT"] = 660, ["NZST"] = 720, ["NZDT"] = 780,
        };
        // Military zones: A-I = +1..+9, K-M = +10..+12, N-Y = -1..-12.
        for (var c = 'A'; c <= 'I'; c++) map[c.ToString()] = (c - 'A' + 1) * 60;
        for (var c = 'K'; c <= 'M'; c++) map[c.ToString()] = (c - 'K' + 10) * 60;
        for (var c = 'N'; c <= 'Y'; c++) map[c.ToString()] = -(c - 'N' + 1) * 60;
        return map;
    }
}
