using Azure;
using Azure.Data.Tables;

namespace Alerts.Storage;

/// <summary>Per-source fetch state and health: conditional-GET validators, successes, failures, next due time.</summary>
public sealed record FeedState
{
    public required string SourceId { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public DateTimeOffset? LastSuccess { get; init; }
    public DateTimeOffset? LastAttempt { get; init; }
    public string? LastError { get; init; }
    public int? LastStatus { get; init; }
    public int ConsecutiveFailures { get; init; }
    public DateTimeOffset? NextDue { get; init; }
    public bool IllFormed { get; init; }
    public int ItemsLastFetch { get; init; }
    public int NewItemsLastFetch { get; init; }
    public long TotalNewItems { get; init; }

    public bool IsBroken => ConsecutiveFailures > 0;
}

public sealed class FeedStateStore(TableClient table)
{
    private const string Partition = "feed";

    public async Task<FeedState> GetAsync(string sourceId, CancellationToken ct = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, sourceId, cancellationToken: ct).ConfigureAwait(false);
        return row.HasValue && row.Value is { } e ? FromEntity(e) : new FeedState { SourceId = sourceId };
    }

    public async Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken ct = default)
    {
        var list = new List<FeedState>();
        await foreach (var e in table.QueryAsync<TableEntity>(x => x.PartitionKey == Partition, cancellationToken: ct).ConfigureAwait(false))
        {
            list.Add(FromEntity(e));
        }
        return list;
    }

    public Task SaveAsync(FeedState state, CancellationToken ct = default) =>
        table.UpsertEntityAsync(ToEntity(state), TableUpdateMode.Replace, ct);

    private static TableEntity ToEntity(FeedState s) => new(Partition, s.SourceId)
    {
        ["ETagValue"] = s.ETag,
        ["LastModified"] = s.LastModified,
        ["LastSuccess"] = s.LastSuccess,
        ["LastAttempt"] = s.LastAttempt,
        ["LastError"] = s.LastError,
        ["LastStatus"] = s.LastStatus,
        ["ConsecutiveFailures"] = s.ConsecutiveFailures,
        ["NextDue"] = s.NextDue,
        ["IllFormed"] = s.IllFormed,
        ["ItemsLastFetch"] = s.ItemsLastFetch,
        ["NewItemsLastFetch"] = s.NewItemsLastFetch,
        ["TotalNewItems"] = s.TotalNewItems,
    };

    private static FeedState FromEntity(TableEntity e) => new()
    {
        SourceId = e.RowKey,
        ETag = e.GetString("ETagValue"),
        LastModified = e.GetString("LastModified"),
        LastSuccess = e.GetDateTimeOffset("LastSuccess"),
        LastAttempt = e.GetDateTimeOffset("LastAttempt"),
        LastError = e.GetString("LastError"),
        LastStatus = e.GetInt32("LastStatus"),
        ConsecutiveFailures = e.GetInt32("ConsecutiveFailures") ?? 0,
        NextDue = e.GetDateTimeOffset("NextDue"),
        IllFormed = e.GetBoolean("IllFormed") ?? false,
        ItemsLastFetch = e.GetInt32("ItemsLastFetch") ?? 0,
        NewItemsLastFetch = e.GetInt32("NewItemsLastFetch") ?? 0,
        TotalNewItems = e.GetInt64("TotalNewItems") ?? 0,
    };
}
