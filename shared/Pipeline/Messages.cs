namespace Alerts.Pipeline;

/// <summary>Queue names, shared by the function.json files, the runner and the services.</summary>
public static class QueueNames
{
    public const string FeedsDue = "feeds-due";
    public const string Items = "items";
    public const string Deliveries = "deliveries";
    public static string Poison(string queue) => queue + "-poison";
}

/// <summary>feeds-due: one per due source.</summary>
public sealed record FeedDueMessage(string SourceId, DateTimeOffset ScheduledAt);

/// <summary>items: one new item, already deduplicated against the seen-store.</summary>
public sealed record ItemMessage
{
    public required string ItemKey { get; init; }
    public required string SourceId { get; init; }
    public string? SourceName { get; init; }
    public string? LangHint { get; init; }
    // A setter, not init, for each defaulted field: compiled JSON keeps the default of a missing field only through a setter.
    public string Title { get; set; } = "";
    public string? Link { get; init; }
    public string? Summary { get; init; }
    public string? Content { get; init; }
    public DateTimeOffset Published { get; init; }
    public bool DateMissing { get; init; }
    public DateTimeOffset FetchedAt { get; init; }
}

/// <summary>
/// items: two or more new items of one fetch in one message (see <see cref="ItemBatches"/>). A lone item travels as a
/// bare <see cref="ItemMessage"/>; the items queue carries both shapes.
/// </summary>
public sealed record ItemBatchMessage
{
    public required IReadOnlyList<ItemMessage> Items { get; init; }
}

public enum DeliveryChannel { Email, Teams }

/// <summary>deliveries: one per subscriber and digest window (or story update). The key makes sends idempotent.</summary>
public sealed record DeliveryMessage
{
    /// <summary>Idempotency key: subscriber + window, or subscriber + story update.</summary>
    public required string DeliveryKey { get; init; }
    public required string SubscriberId { get; init; }
    public DeliveryChannel Channel { get; init; }
    public DateTimeOffset WindowStart { get; init; }
    public DateTimeOffset WindowEnd { get; init; }
    // A setter, not init: compiled JSON keeps the default of a missing field only through a setter.
    public IReadOnlyList<string> StoryIds { get; set; } = [];
    public bool Immediate { get; init; }
}
