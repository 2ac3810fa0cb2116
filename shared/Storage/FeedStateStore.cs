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

    public string SourceId => Health.SourceId;
    public bool IsBroken => Health.ConsecutiveFailures > 0;
}

public sealed class FeedStateStore(TableClient table)
{
    private const string Partition = "feed";

    public async Task<FeedState> GetAsync(string sourceId, CancellationToken ct = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, sourceId, cancellationToken: ct).ConfigureAwait(false);
        return row.HasValue && row.Value is { } e ? FromEntity(e) : new FeedState { Health = new FeedHealth { SourceId = sourceId } };
    }

    public async Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken ct = default)
    {
        var list = new List<FeedState>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: ct).ConfigureAwait(false))
        {
            list.Add(FromEntity(e));
        }
        return list;
    }

    public Task SaveAsync(FeedState state, CancellationToken ct = default) =>
        table.UpsertEntityAsync(ToEntity(state), TableUpdateMode.Replace, ct);

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
    };
}
