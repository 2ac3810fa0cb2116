using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace Alerts.Stories;

/// <summary>
/// Story signatures in Azure Table Storage, one row per assigned item, partitioned by UTC day ("20251213") so a
/// lookup of the recent window is one range query over a handful of partitions.
/// Every assignment looks at the whole recent window (30 days), so reading it afresh each time grows with the
/// number of stories and made analysis slow under load. The index keeps the rows it has read and asks storage
/// only for rows other instances wrote since (the service's own Timestamp, less a margin for writes still
/// committing): each row names the index instance that wrote it, and this instance's own rows are in its cache
/// already, so a burst of assignments does not read back the last 30 s of its own writes every time.
/// Rows are rewritten with a new Timestamp and writer when an item is analysed again, so the cache never goes
/// stale; rows are never deleted while they are inside the window.
/// <para>When every write to the index happens under one lock (see LeasedStoryClusterer), nothing can change
/// between two reads under the same hold: <see cref="RefreshOnRead"/> false then reads storage only after
/// <see cref="ExpectChanges"/> (called when the lock is taken), instead of before every assignment.</para>
/// </summary>
public sealed class TableStoryIndex : IStoryIndex
{
    private const char ListSeparator = ' ';

    /// <summary>How far before the newest Timestamp seen a follow-up read starts: rows written concurrently by
    /// another instance may carry a Timestamp slightly older than ones already read.</summary>
    internal static readonly TimeSpan CommitMargin = TimeSpan.FromSeconds(30);

    private readonly TableClient _table;
    private readonly SemaphoreSlim _gate = new(1, 1);
    // Kept in storage order (partition, then row), as a fresh query returns rows: similarity ties must not depend on
    // the order, and every assignment reads the whole window, so it is not sorted again for each.
    private readonly SortedDictionary<(string Partition, string Row), StorySignature> _cached = new(StorageOrder.Instance);
    private string? _cachedFrom, _cachedTo;
    private DateTimeOffset? _newestTimestamp;
    private volatile bool _stale = true;

    public TableStoryIndex(TableClient table) => _table = table;

    /// <summary>Names this index's rows, so its follow-up reads skip them (they are cached as they are written).</summary>
    public string Writer { get; } = Guid.NewGuid().ToString("N");

    /// <summary>True (the default): every read asks storage for rows written since. False: only the first read after <see cref="ExpectChanges"/>.</summary>
    public bool RefreshOnRead { get; init; } = true;

    /// <summary>Other instances may have written since the last read (the shared lock was just taken): the next read asks storage.</summary>
    public void ExpectChanges() => _stale = true;

    public static string PartitionFor(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<StorySignature>> RecentAsync(DateTimeOffset around, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var from = PartitionFor(around - window);
        var to = PartitionFor(around + window);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (RefreshOnRead || _stale || !InCachedRange(from) || !InCachedRange(to))
            {
                await RefreshAsync(from, to, cancellationToken).ConfigureAwait(false);
                _stale = false;
            }
            var result = new List<StorySignature>();
            foreach (var entry in _cached)
            {
                if ((entry.Value.Published - around).Duration() <= window) result.Add(entry.Value);
            }
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task AddAsync(StorySignature signature, CancellationToken cancellationToken = default)
    {
        var row = ToRow(signature, Writer);
        await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (InCachedRange(row.PartitionKey)) _cached[(row.PartitionKey, row.RowKey)] = signature;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads the rows of [from, to] that the cache lacks: all of them when the range moved, else only
    /// those written since the last read.</summary>
    private async Task RefreshAsync(string from, string to, CancellationToken cancellationToken)
    {
        // "not (Writer eq me)" rather than "Writer ne me": a row without the property (written by an instance of an
        // earlier version, during a deploy) fails every comparison, so only the negated form returns it.
        string filter;
        if (_cachedFrom is not null && _cachedTo is not null
            && string.CompareOrdinal(from, _cachedFrom) >= 0 && string.CompareOrdinal(to, _cachedTo) <= 0)
        {
            filter = _newestTimestamp is { } newest
                ? TableClient.CreateQueryFilter($"PartitionKey ge {_cachedFrom} and PartitionKey le {_cachedTo} and Timestamp ge {newest - CommitMargin} and not (Writer eq {Writer})")
                : TableClient.CreateQueryFilter($"PartitionKey ge {_cachedFrom} and PartitionKey le {_cachedTo} and not (Writer eq {Writer})");
        }
        else
        {
            _cached.Clear();
            _newestTimestamp = null;
            _cachedFrom = from;
            _cachedTo = to;
            filter = TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey le {to}");
        }
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            _cached[(row.PartitionKey, row.RowKey)] = FromRow(row);
            if (row.Timestamp is { } stamp && (_newestTimestamp is null || stamp > _newestTimestamp)) _newestTimestamp = stamp;
        }
    }

    private bool InCachedRange(string partition) =>
        _cachedFrom is not null && _cachedTo is not null
        && string.CompareOrdinal(partition, _cachedFrom) >= 0 && string.CompareOrdinal(partition, _cachedTo) <= 0;

    internal static TableEntity ToRow(StorySignature s, string writer = "") => new(PartitionFor(s.Published), Uri.EscapeDataString(s.ItemId))
    {
        ["Writer"] = writer,
        ["ItemId"] = s.ItemId,
        ["StoryId"] = s.StoryId,
        ["ThreadId"] = s.ThreadId,
        ["Published"] = s.Published,
        ["Lang"] = s.Lang,
        ["Topics"] = Join(s.Topics),
        ["Stage"] = s.Stage,
        ["Countries"] = Join(s.Countries),
        ["ReleasedCount"] = s.Count,
        ["Names"] = Join(s.Names),
        ["Numbers"] = Join(s.Numbers),
        ["Terms"] = Join(s.Terms),
        ["SimHash"] = unchecked((long)s.SimHash),
    };

    internal static StorySignature FromRow(TableEntity row) => new()
    {
        ItemId = row.GetString("ItemId") ?? Uri.UnescapeDataString(row.RowKey),
        StoryId = row.GetString("StoryId") ?? "",
        ThreadId = row.GetString("ThreadId") ?? "",
        Published = row.GetDateTimeOffset("Published") ?? DateTimeOffset.MinValue,
        Lang = row.GetString("Lang") ?? "",
        Topics = Split(row.GetString("Topics")),
        Stage = row.GetString("Stage") ?? "",
        Countries = Split(row.GetString("Countries")),
        Count = row.GetInt32("ReleasedCount"),
        Names = Split(row.GetString("Names")),
        Numbers = Split(row.GetString("Numbers")),
        Terms = Split(row.GetString("Terms")),
        SimHash = unchecked((ulong)(row.GetInt64("SimHash") ?? 0)),
    };

    private sealed class StorageOrder : IComparer<(string Partition, string Row)>
    {
        public static readonly StorageOrder Instance = new();

        public int Compare((string Partition, string Row) a, (string Partition, string Row) b)
        {
            var byPartition = string.CompareOrdinal(a.Partition, b.Partition);
            return byPartition != 0 ? byPartition : string.CompareOrdinal(a.Row, b.Row);
        }
    }

    private static string Join(IReadOnlyList<string> values) => string.Join(ListSeparator, values);

    // Lists are stored in the sorted order the similarity relies on; sorting again guards rows written by hand.
    private static IReadOnlyList<string> Split(string? value) =>
        string.IsNullOrEmpty(value) ? [] : StorySignatureBuilder.Sorted(value.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries));
}
