using Azure.Data.Tables;
using Alerts.Fetch;

namespace Alerts.Storage;

/// <summary>A source's health record (see <see cref="FeedHealth"/>) plus what its last fetches brought in.</summary>
public sealed record FeedState
{
    public required FeedHealth Health { get; init; }
    public int ItemsLastFetch { get; init; }
    public int NewItemsLastFetch { get; init; }
    public long TotalNewItems { get; init; }
    /// <summary>When the scheduler last put the source on the feeds-due queue; keeps it from being queued twice.</summary>
    public DateTimeOffset? ScheduledAt { get; init; }
    /// <summary>
    /// The item keys of the last successful fetch, every one already marked seen: the next fetch skips their seen reads.
    /// Empty when unknown or when the feed carried more than <see cref="FeedStateStore.MaxRememberedKeys"/>.
    /// </summary>
    public IReadOnlyList<string> LastFetchKeys { get; init; } = [];

    public string SourceId => Health.SourceId;
    public bool IsBroken => Health.ConsecutiveFailures > 0;
}

public sealed class FeedStateStore(TableClient table)
{
    private const string Partition = "feed";

    /// <summary>
    /// At most this many keys are remembered per source: a table string holds 32K characters, and a key is up to 33
    /// with its comma. A feed carrying more items than that is checked key by key.
    /// </summary>
    public const int MaxRememberedKeys = 900;

    /// <summary>What the scheduler lists: every column but the remembered keys, which only FetchFeed needs.</summary>
    private static readonly string[] ListColumns =
    [
        "RowKey", "ETagValue", "LastModified", "LastSuccess", "LastAttempt", "LastError", "LastStatus", "ConsecutiveFailures", "NextDue",
        "IllFormed", "ItemsLastFetch", "NewItemsLastFetch", "TotalNewItems", "ScheduledAt",
    ];

    public async Task<FeedState> GetAsync(string sourceId, CancellationToken ct = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, sourceId, cancellationToken: ct).ConfigureAwait(false);
        return row.HasValue && row.Value is { } e ? FromEntity(e) : new FeedState { Health = new FeedHealth { SourceId = sourceId } };
    }

    public async Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken ct = default)
    {
        var list = new List<FeedState>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), select: ListColumns, cancellationToken: ct).ConfigureAwait(false))
        {
            list.Add(FromEntity(e));
        }
        return list;
    }

    public Task SaveAsync(FeedState state, CancellationToken ct = default) =>
        table.UpsertEntityAsync(ToEntity(state), TableUpdateMode.Replace, ct);

    /// <summary>
    /// Records that the scheduler queued the source, and nothing else: a merge, so a FetchFeed saving the same row
    /// meanwhile keeps its health and remembered keys.
    /// </summary>
    public Task MarkScheduledAsync(string sourceId, DateTimeOffset at, CancellationToken ct = default) =>
        table.UpsertEntityAsync(new TableEntity(Partition, sourceId) { ["ScheduledAt"] = at }, TableUpdateMode.Merge, ct);

    private static TableEntity ToEntity(FeedState s) => new(Partition, s.SourceId)
    {
        ["ETagValue"] = s.Health.ETag,
        ["LastModified"] = s.Health.LastModified,
        ["LastSuccess"] = s.Health.LastSuccess,
        ["LastAttempt"] = s.Health.LastAttempt,
        ["LastError"] = s.Health.LastError,
        ["LastStatus"] = s.Health.LastStatus,
        ["ConsecutiveFailures"] = s.Health.ConsecutiveFailures,
        ["NextDue"] = s.Health.NextDue,
        ["IllFormed"] = s.Health.IllFormed,
        ["ItemsLastFetch"] = s.ItemsLastFetch,
        ["NewItemsLastFetch"] = s.NewItemsLastFetch,
        ["TotalNewItems"] = s.TotalNewItems,
        ["ScheduledAt"] = s.ScheduledAt,
        ["LastFetchKeys"] = s.LastFetchKeys.Count is > 0 and <= MaxRememberedKeys ? string.Join(',', s.LastFetchKeys) : null,
    };

    private static FeedState FromEntity(TableEntity e) => new()
    {
        Health = new FeedHealth
        {
            SourceId = e.RowKey,
            ETag = e.GetString("ETagValue"),
            LastModified = e.GetString("LastModified"),
            LastSuccess = e.GetDateTimeOffset("LastSuccess"),
            LastAttempt = e.GetDateTimeOffset("LastAttempt"),
            LastError = e.GetString("LastError"),
            LastStatus = e.GetInt32("LastStatus"),
            ConsecutiveFailures = e.GetInt32("ConsecutiveFailures") ?? 0,
            NextDue = e.GetDateTimeOffset("NextDue") ?? default,
            IllFormed = e.GetBoolean("IllFormed") ?? false,
        },
        ItemsLastFetch = e.GetInt32("ItemsLastFetch") ?? 0,
        NewItemsLastFetch = e.GetInt32("NewItemsLastFetch") ?? 0,
        TotalNewItems = e.GetInt64("TotalNewItems") ?? 0,
        ScheduledAt = e.GetDateTimeOffset("ScheduledAt"),
        LastFetchKeys = e.GetString("LastFetchKeys") is { Length: > 0 } keys ? keys.Split(',') : [],
    };
}
