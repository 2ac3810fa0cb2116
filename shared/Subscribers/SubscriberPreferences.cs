namespace Alerts.Subscribers;

/// <summary>
/// What a subscriber wants. Empty lists mean "everything". Stages mix release stages and sanctions actions
/// (talks, confirmed, imposed, eased, discussed), as the digest badges do.
/// </summary>
public sealed record SubscriberPreferences
{
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Stages { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public string Cadence { get; init; } = "daily 08:00";
    /// <summary>IANA zone id, e.g. Europe/Berlin.</summary>
    public string TimeZone { get; init; } = "UTC";
    /// <summary>"22:00-07:00", or null for none.</summary>
    public string? QuietHours { get; init; }

    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public Cadence ParsedCadence() => Subscribers.Cadence.Parse(Cadence);

    public bool InQuietHours(DateTimeOffset now) =>
        Subscribers.QuietHours.TryParse(QuietHours, out var quiet) && quiet != null && quiet.Contains(now, Zone());

    /// <summary>The next send time: the cadence's due time, moved to the end of quiet hours when it falls inside them.</summary>
    public DateTimeOffset NextDue(DateTimeOffset? lastSent, DateTimeOffset now)
    {
        var zone = Zone();
        var due = ParsedCadence().NextDue(lastSent, now, zone);
        var at = due < now ? now : due;
        return Subscribers.QuietHours.TryParse(QuietHours, out var quiet) && quiet != null ? quiet.EndAfter(at, zone) : at;
    }
}
