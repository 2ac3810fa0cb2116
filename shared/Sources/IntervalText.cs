using System.Globalization;

namespace Alerts.Sources;

/// <summary>Fetch intervals as people write them in the catalogue: "90s", "15m", "2h", "1d" or "00:15:00".</summary>
public static class IntervalText
{
    public static bool TryParse(string? text, out TimeSpan interval)
    {
        interval = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim().ToLowerInvariant();
        var unit = t[^1];
        if (char.IsAsciiLetter(unit))
        {
            if (!double.TryParse(t[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)) return false;
            TimeSpan? value = unit switch
            {
                's' => TimeSpan.FromSeconds(n),
                'm' => TimeSpan.FromMinutes(n),
                'h' => TimeSpan.FromHours(n),
                'd' => TimeSpan.FromDays(n),
                _ => null,
            };
            if (value is null) return false;
            interval = value.Value;
            return true;
        }
        return TimeSpan.TryParseExact(t, "c", CultureInfo.InvariantCulture, out interval);
    }

    public static string Format(TimeSpan interval)
    {
        if (interval.Ticks % TimeSpan.TicksPerDay == 0 && interval >= TimeSpan.FromDays(1)) return $"{interval.TotalDays:0}d";
        if (interval.Ticks % TimeSpan.TicksPerHour == 0 && interval >= TimeSpan.FromHours(1)) return $"{interval.TotalHours:0}h";
        if (interval.Ticks % TimeSpan.TicksPerMinute == 0) return $"{interval.TotalMinutes:0}m";
        return interval.Ticks % TimeSpan.TicksPerSecond == 0 ? $"{interval.TotalSeconds:0}s" : interval.ToString("c", CultureInfo.InvariantCulture);
    }
}
