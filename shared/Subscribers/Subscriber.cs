namespace Alerts.Subscribers;

public enum Channel
{
    Email,
    Teams,
}

public enum SubscriberStatus
{
    Pending,
    Active,
    Unsubscribed,
}

public enum ChannelHealth
{
    Healthy,
    /// <summary>Recent transient failures; still tried.</summary>
    Degraded,
    /// <summary>A permanent failure (mailbox gone, webhook deleted): not tried until fixed.</summary>
    Failing,
}

/// <summary>
/// A recipient. <see cref="Address"/> is an email address or a Teams webhook URL, and the latter is a
/// credential: it is stored encrypted and only listings with masked addresses leave the store.
/// </summary>
public sealed record Subscriber
{
    public required string Id { get; init; }
    public required Channel Channel { get; init; }
    public required string Address { get; init; }
    public string DisplayName { get; init; } = "";
    public SubscriberStatus Status { get; init; } = SubscriberStatus.Pending;
    public DateTimeOffset Created { get; init; }
    public DateTimeOffset? Confirmed { get; init; }
    public ChannelHealth Health { get; init; } = ChannelHealth.Healthy;
    public SubscriberPreferences Preferences { get; init; } = new();

    public static string NewId() => Guid.NewGuid().ToString("N");
}

/// <summary>What an admin listing shows: no secret, no full address.</summary>
public sealed record SubscriberSummary(
    string Id, Channel Channel, string MaskedAddress, string DisplayName, SubscriberStatus Status,
    DateTimeOffset Created, DateTimeOffset? Confirmed, ChannelHealth Health);
