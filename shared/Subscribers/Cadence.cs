using System.Globalization;

namespace Alerts.Subscribers;

public enum CadenceKind
{
    Immediate,
    Hourly,
    Daily,
    Weekly,
}

/// <summary>
/// How often a subscriber gets a digest: <c>immediate</c>, <c>hourly</c>, <c>daily HH:mm</c> or
/// <c>weekly DAY HH:mm</c>, times in the subscriber's own zone. Pure functions of (last sent, now, zone) so the
/// scheduler can be driven by any TimeProvider.
/// </summary>
public sealed record Cadence(CadenceKind Kind, TimeOnly At = default, DayOfWeek Day = DayOfWeek.Monday)
{
    public static Cadence Immediate { get; } = new(CadenceKind.Immediate);
    public static Cadence Hourly { get; } = new(CadenceKind.Hourly);
    public static Cadence Daily(int hour, int minute = 0) => new(CadenceKind.Daily, new TimeOnly(hour, minute));
    public static Cadence Weekly(DayOfWeek day, int hour, int minute = 0) => new(CadenceKind.Weekly, new TimeOnly(hour, minute), day);

    public static bool TryParse(string? text, out Cadence cadence, out string error)
    {
        cadence = Immediate;
        error = "";
        var parts = (text ?? "").Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (parts)
        {
            case ["immediate"]:
                return true;
            case ["hourly"]:
                cadence = Hourly;
                return true;
            case ["daily", var at] when ParseTime(at, out var time):
                cadence = new Cadence(CadenceKind.Daily, time);
                return true;
            case ["weekly", var day, var at] when ParseDay(day, out var dow) && ParseTime(at, out var time):
                cadence = new Cadence(CadenceKind.Weekly, time, dow);
                return true;
            default:
                error = $"Unknown cadence '{text}': use immediate, hourly, 'daily HH:mm' or 'weekly DAY HH:mm' (e.g. 'weekly mon 08:00').";
                return false;
        }
    }

    public static Cadence Parse(string text) => TryParse(text, out var cadence, out var error) ? cadence : throw new FormatException(error);

    public override string ToString() => Kind switch
    {
        CadenceKind.Immediate => "immediate",
        CadenceKind.Hourly => "hourly",
        CadenceKind.Daily => $"daily {At.ToString("HH:mm", CultureInfo.InvariantCulture)}",
        _ => $"weekly {Day.ToString()[..3].ToLowerInvariant()} {At.ToString("HH:mm", CultureInfo.InvariantCulture)}",
    };

    /// <summary>
    /// When the next digest is due. Immediate: now. Hourly: the top of the hour after the last send. Daily and
    /// weekly: the first wall-clock HH:mm in <paramref name="zone"/> after the last send (or after now, for a
    /// first digest). A time skipped by a DST jump moves to the first valid minute after it; a time that occurs
    /// twice is taken at its first occurrence. A result before <paramref name="now"/> means "due now".
    /// </summary>
    public DateTimeOffset NextDue(DateTimeOffset? lastSent, DateTimeOffset now, TimeZoneInfo zone)
    {
        switch (Kind)
        {
            case CadenceKind.Immediate:
                return now;
            case CadenceKind.Hourly:
                if (lastSent is not { } last) return now;
                var utc = last.ToUniversalTime();
                return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
        }

        var after = lastSent ?? now;
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime);
        for (var i = 0; i <= 8; i++)
        {
            var date = localDate.AddDays(i);
            if (Kind == CadenceKind.Weekly && date.DayOfWeek != Day) continue;
            var candidate = LocalToInstant(date.ToDateTime(At), zone);
            if (candidate > after) return candidate;
        }
        throw new InvalidOperationException("No occurrence within 8 days: unreachable for daily and weekly cadences.");
    }

    /// <summary>A wall-clock time in a zone as an instant, resolving DST gaps forward and overlaps to the first occurrence.</summary>
    public static DateTimeOffset LocalToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // Gaps are at most a few hours; step by minutes so 30-minute shifts (Lord Howe) resolve too.
        for (var guard = 0; zone.IsInvalidTime(local) && guard < 24 * 60; guard++) local = local.AddMinutes(1);
        if (zone.IsAmbiguousTime(local))
        {
            var offset = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, offset);
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static bool ParseTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static bool ParseDay(string text, out DayOfWeek day)
    {
        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            var name = candidate.ToString().ToLowerInvariant();
            if (text.Length >= 3 && name.StartsWith(text, StringComparison.Ordinal))
            {
                day = candidate;
                return true;
            }
        }
        day = default;
        return false;
    }
}
