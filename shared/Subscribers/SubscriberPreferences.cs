namespace Alerts.Subscribers;

/// <summary>
/// What a subscriber wants. Empty lists mean "everything". Stages mix release stages and sanctions actions
/// (talks, confirmed, imposed, eased, discussed), as the digest badges do.
/// </summary>
public sealed record SubscriberPreferences
{
    // Defaulted properties have setters, not init: compiled (source-generated) JSON keeps a default for a field
    // the JSON leaves out only through a setter; through init it would write null (dotnet/runtime#84484).
    public IReadOnlyList<string> Topics { get; set; } = [];
    public IReadOnlyList<string> Countries { get; set; } = [];
    public IReadOnlyList<string> Stages { get; set; } = [];
    public IReadOnlyList<string> Languages { get; set; } = [];
    public string Cadence { get; set; } = "daily 08:00";
    /// <summary>IANA zone id, e.g. Europe/Berlin.</summary>
    public string TimeZone { get; set; } = "UTC";
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
