using System.Globalization;

namespace Alerts.Subscribers;

/// <summary>
/// A daily wall-clock window (in the subscriber's zone) when nothing is sent; it may wrap midnight
/// (22:00–07:00). Start is inclusive, end exclusive; equal start and end means no quiet hours.
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public bool Contains(DateTimeOffset now, TimeZoneInfo zone)
    {
        if (Start == End) return false;
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return Start < End ? local >= Start && local < End : local >= Start || local < End;
    }

    /// <summary>When the quiet window that contains <paramref name="now"/> ends; <paramref name="now"/> itself when outside it.</summary>
    public DateTimeOffset EndAfter(DateTimeOffset now, TimeZoneInfo zone)
    {
        if (!Contains(now, zone)) return now;
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        for (var i = 0; i <= 1; i++)
        {
            var end = Cadence.LocalToInstant(localDate.AddDays(i).ToDateTime(End), zone);
            if (end > now) return end;
        }
        return now;
    }

    public static bool TryParse(string? text, out QuietHours? quiet)
    {
        quiet = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            quiet = new QuietHours(start, end);
            return true;
        }
        return false;
    }

    public override string ToString() =>
        $"{Start.ToString("HH:mm", CultureInfo.InvariantCulture)}-{End.ToString("HH:mm", CultureInfo.InvariantCulture)}";
}
