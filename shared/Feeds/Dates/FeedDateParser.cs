using System.Globalization;

namespace Alerts.Feeds.Dates;

/// <summary>
/// Parses the dates feeds write: RFC 3339/W3CDTF (also partial: "2024", "2024-11"), and RFC 822/1123 read
/// loosely as tokens (any weekday, named or military zones, 2-digit years, month names in several languages).
/// Returns null rather than guessing when no day, month and year can be found.
/// </summary>
public static class FeedDateParser
{
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var span = text.AsSpan().Trim();
        if (span.Length > 100) return null;
        return IsoDate.TryParse(span) ?? LooseDate.TryParse(span);
    }
}
