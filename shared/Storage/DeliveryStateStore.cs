using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace Alerts.Storage;

/// <summary>A subscriber's digest cursor: the window start, and the digest under way (if any).</summary>
public sealed record DigestCursor
{
    public required string SubscriberId { get; init; }
    public DateTimeOffset Cursor { get; init; }
    public string? PendingKey { get; init; }
    public DateTimeOffset? PendingSince { get; init; }
    public DateTimeOffset? LastSentAt { get; init; }
}

public enum LedgerState { Sending, Sent, Failed }

public sealed record LedgerEntry(string DeliveryKey, LedgerState State, int Attempts, DateTimeOffset? SentAt, string? Detail);

/// <summary>
/// The delivery guarantees' state: the idempotency ledger (one row per delivery key), per-subscriber
/// cursors, and which version of each story a subscriber has already received.
/// </summary>
public sealed class DeliveryStateStore(TableClient cursors, TableClient ledger, TableClient sentStories, TimeProvider time)
{
    private const string CursorPartition = "cursor";

    public async Task<DigestCursor?> GetCursorAsync(string subscriberId, CancellationToken ct = default)
    {
        var row = await cursors.GetEntityIfExistsAsync<TableEntity>(CursorPartition, subscriberId, cancellationToken: ct).ConfigureAwait(false);
        if (!row.HasValue || row.Value is not { } e) return null;
        return new DigestCursor
        {
            SubscriberId = subscriberId,
            Cursor = e.GetDateTimeOffset("Cursor") ?? default,
            PendingKey = e.GetString("PendingKey") is { Length: > 0 } k ? k : null,
            PendingSince = e.GetDateTimeOffset("PendingSince"),
            LastSentAt = e.GetDateTimeOffset("LastSentAt"),
        };
    }

    public Task SaveCursorAsync(DigestCursor c, CancellationToken ct = default) =>
        cursors.UpsertEntityAsync(new TableEntity(CursorPartition, c.SubscriberId)
        {
            ["Cursor"] = c.Cursor, ["PendingKey"] = c.PendingKey ?? "", ["PendingSince"] = c.PendingSince, ["LastSentAt"] = c.LastSentAt,
        }, TableUpdateMode.Replace, ct);

    /// <summary>Moves the cursor forward (never back) and clears the pending digest it completes.</summary>
    public async Task CompleteDigestAsync(string subscriberId, string deliveryKey, DateTimeOffset windowEnd, bool sent, CancellationToken ct = default)
    {
        var c = await GetCursorAsync(subscriberId, ct).ConfigureAwait(false) ?? new DigestCursor { SubscriberId = subscriberId };
        await SaveCursorAsync(c with
        {
            Cursor = windowEnd > c.Cursor ? windowEnd : c.Cursor,
            PendingKey = c.PendingKey == deliveryKey ? null : c.PendingKey,
            PendingSince = c.PendingKey == deliveryKey ? null : c.PendingSince,
            LastSentAt = sent ? time.GetUtcNow() : c.LastSentAt,
        }, ct).ConfigureAwait(false);
    }

    public async Task<LedgerEntry?> GetLedgerAsync(string deliveryKey, CancellationToken ct = default)
    {
        var (pk, rk) = LedgerKeys(deliveryKey);
        var row = await ledger.GetEntityIfExistsAsync<TableEntity>(pk, rk, cancellationToken: ct).ConfigureAwait(false);
        if (!row.HasValue || row.Value is not { } e) return null;
        return new LedgerEntry(deliveryKey, Enum.Parse<LedgerState>(e.GetString("State") ?? nameof(LedgerState.Sending)),
            e.GetInt32("Attempts") ?? 0, e.GetDateTimeOffset("SentAt"), e.GetString("Detail"));
    }

    public Task RecordAsync(string deliveryKey, LedgerState state, int attempts, string? detail, CancellationToken ct = default)
    {
        var (pk, rk) = LedgerKeys(deliveryKey);
        return ledger.UpsertEntityAsync(new TableEntity(pk, rk)
        {
            ["Key"] = deliveryKey, ["State"] = state.ToString(), ["Attempts"] = attempts, ["Detail"] = detail,
            ["SentAt"] = state == LedgerState.Sent ? time.GetUtcNow() : null, ["UpdatedAt"] = time.GetUtcNow(),
        }, TableUpdateMode.Replace, ct);
    }

    public async Task<IReadOnlyList<(string Key, LedgerState State, DateTimeOffset UpdatedAt, string? Detail)>> LedgerSinceAsync(DateTimeOffset since, CancellationToken ct = default)
    {
        var list = new List<(string, LedgerState, DateTimeOffset, string?)>();
        await foreach (var e in ledger.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"UpdatedAt ge {since}"), cancellationToken: ct).ConfigureAwait(false))
        {
            list.Add((e.GetString("Key") ?? e.RowKey, Enum.Parse<LedgerState>(e.GetString("State") ?? "Sending"), e.GetDateTimeOffset("UpdatedAt") ?? default, e.GetString("Detail")));
        }
        return list;
    }

    /// <summary>The story versions a subscriber has received, by story id.</summary>
    public async Task<IReadOnlyDictionary<string, int>> SentVersionsAsync(string subscriberId, IEnumerable<string> storyIds, CancellationToken ct = default)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in storyIds.Distinct(StringComparer.Ordinal))
        {
            var row = await sentStories.GetEntityIfExistsAsync<TableEntity>(Hash(subscriberId), id, ["Version"], ct).ConfigureAwait(false);
            if (row.HasValue && row.Value?.GetInt32("Version") is { } v) result[id] = v;
        }
        return result;
    }

    public async Task MarkStoriesSentAsync(string subscriberId, IEnumerable<(string StoryId, int Version)> stories, CancellationToken ct = default)
    {
        foreach (var (id, version) in stories)
        {
            await sentStories.UpsertEntityAsync(new TableEntity(Hash(subscriberId), id) { ["Version"] = version, ["SentAt"] = time.GetUtcNow() },
                TableUpdateMode.Replace, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Table keys cannot hold '/', '\', '#', '?' and are at most 1 KiB: the key is hashed, and kept readable in a column.</summary>
    private static (string Pk, string Rk) LedgerKeys(string key)
    {
        var h = Hash(key);
        return (h[..2], h);
    }

    public static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..32];
}
