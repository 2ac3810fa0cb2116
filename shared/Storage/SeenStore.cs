using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;

namespace Alerts.Storage;

/// <summary>
/// Item keys already taken in, with a time to live. Written only after the items are safely on the
/// items queue, and never cleared by a failed or empty fetch, so nothing is lost and nothing re-sent.
/// </summary>
public sealed class SeenStore(TableClient table, TimeProvider time, TimeSpan ttl)
{
    public static readonly TimeSpan DefaultTtl = TimeSpan.FromDays(120);

    /// <summary>
    /// Requests in flight at once per call: a feed's first fetch (up to a few dozen new keys) then costs one round trip
    /// of reads and one of writes, without flooding the storage account from one invocation.
    /// </summary>
    private const int ReadParallelism = 32;

    /// <summary>The keys (of those given) that are not yet seen, or whose record expired.</summary>
    public async Task<IReadOnlySet<string>> FilterUnseenAsync(IEnumerable<string> keys, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var unseen = new ConcurrentDictionary<string, bool>();
        // Point reads, not a query per partition: a filter of OR'ed row keys is a partition scan in Table storage, and a
        // seen partition holds months of keys.
        await Parallel.ForEachAsync(keys.Distinct(StringComparer.Ordinal), new ParallelOptions { MaxDegreeOfParallelism = ReadParallelism, CancellationToken = ct },
            async (key, token) =>
            {
                var row = await table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(key), key, ["ExpiresAt"], token).ConfigureAwait(false);
                if (!row.HasValue || row.Value?.GetDateTimeOffset("ExpiresAt") is { } exp && exp < now)
                {
                    unseen[key] = true;
                }
            }).ConfigureAwait(false);
        return unseen.Keys.ToHashSet(StringComparer.Ordinal);
    }

    public async Task MarkSeenAsync(IEnumerable<(string Key, string SourceId)> keys, CancellationToken ct = default)
    {
        // Read once: the key rows and the intake log below both walk it, and callers pass a lazy projection.
        var items = keys as IReadOnlyCollection<(string Key, string SourceId)> ?? keys.ToList();
        var now = time.GetUtcNow();
        // One transaction per partition (at most 100 rows each): the table service's batch rule. Partitions are
        // independent, so their transactions go out together.
        var transactions = items.GroupBy(i => PartitionOf(i.Key))
            .SelectMany(group => group.Chunk(100).Select(chunk => chunk.Select(i => new TableTransactionAction(TableTransactionActionType.UpsertMerge,
                new TableEntity(group.Key, i.Key) { ["SourceId"] = i.SourceId, ["FirstSeen"] = now, ["ExpiresAt"] = now + ttl })).ToList()))
            .ToList();
        // The intake log only feeds the status page's counts, so it goes out with the key rows rather than after them.
        var marks = Parallel.ForEachAsync(transactions, new ParallelOptions { MaxDegreeOfParallelism = ReadParallelism, CancellationToken = ct },
            async (actions, token) => await table.SubmitTransactionAsync(actions, token).ConfigureAwait(false));
        await Task.WhenAll(marks, LogIntakeAsync(items, now, ct)).ConfigureAwait(false);
    }

    /// <summary>
    /// The intake log: newly seen keys again under their hour, so "items of the last 24 h" reads 25 small partitions
    /// instead of every key of the last 120 days. The rows expire in two days (Sweep deletes them).
    /// </summary>
    private async Task LogIntakeAsync(IEnumerable<(string Key, string SourceId)> items, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var chunk in items.Chunk(100))
        {
            var actions = chunk.Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                new TableEntity(IntakePartition(now), i.Key) { ["SourceId"] = i.SourceId, ["FirstSeen"] = now, ["ExpiresAt"] = now + IntakeTtl }));
            await table.SubmitTransactionAsync(actions, ct).ConfigureAwait(false);
        }
    }

    /// <summary>How long intake-log rows are kept: the status page looks back 24 hours.</summary>
    public static readonly TimeSpan IntakeTtl = TimeSpan.FromDays(2);

    /// <summary>"~intake-2026060103": '~' sorts after every item key's partition ('g', 't', 'u' and a hex digit), so the two never mix.</summary>
    internal static string IntakePartition(DateTimeOffset at) => "~intake-" + at.UtcDateTime.ToString("yyyyMMddHH", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How many items each source brought in since <paramref name="since"/>, by source id (for the status page), from the intake log.</summary>
    public async Task<IReadOnlyDictionary<string, int>> NewItemsBySourceSinceAsync(DateTimeOffset since, CancellationToken ct = default)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {IntakePartition(since)} and PartitionKey le {IntakePartition(time.GetUtcNow())} and FirstSeen ge {since}");
        await foreach (var e in table.QueryAsync<TableEntity>(filter, select: ["SourceId"], cancellationToken: ct).ConfigureAwait(false))
        {
            var source = e.GetString("SourceId") ?? "";
            counts[source] = counts.GetValueOrDefault(source) + 1;
        }
        return counts;
    }

    /// <summary>Marks an item as analysed (redeliveries of its queue message then do nothing).</summary>
    public Task MarkAnalyzedAsync(string key, string? storyId, CancellationToken ct = default) =>
        table.UpsertEntityAsync(new TableEntity(PartitionOf(key), key)
        {
            ["AnalyzedAt"] = time.GetUtcNow(),
            ["StoryId"] = storyId ?? "",
        }, TableUpdateMode.Merge, ct);

    public async Task<bool> IsAnalyzedAsync(string key, CancellationToken ct = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(key), key, ["AnalyzedAt"], ct).ConfigureAwait(false);
        return row.HasValue && row.Value?.GetDateTimeOffset("AnalyzedAt") is not null;
    }

    /// <summary>Rows whose time to live has passed: they already count as unseen, and a sweep may delete them.</summary>
    public static string ExpiredFilter(DateTimeOffset now) => TableClient.CreateQueryFilter($"ExpiresAt lt {now}");

    private static string PartitionOf(string key) => key.Length >= 2 ? key[..2] : key;
}
