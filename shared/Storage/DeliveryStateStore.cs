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

public enum ClaimOutcome
{
    /// <summary>This worker holds the delivery now and must send it (or release it).</summary>
    Claimed,
    /// <summary>Sent or failed for good earlier: nothing to do.</summary>
    Done,
    /// <summary>Another worker claimed it within the lease: leave it to that worker, check again later.</summary>
    HeldByOther,
}

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
            // Recording a state releases any claim: a retry later may claim it again at once.
            ["ClaimedAt"] = null,
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

    /// <summary>
    /// Claims a delivery for one worker, atomically (insert, or replace under the row's ETag). Two copies of one
    /// queue message processed at once cannot both send; a claim older than the lease is taken over, so a worker
    /// that died mid-send does not block the delivery for ever.
    /// </summary>
    public async Task<(ClaimOutcome Outcome, int Attempts)> TryClaimAsync(string deliveryKey, TimeSpan lease, CancellationToken ct = default)
    {
        var (pk, rk) = LedgerKeys(deliveryKey);
        var now = time.GetUtcNow();
        var row = await ledger.GetEntityIfExistsAsync<TableEntity>(pk, rk, cancellationToken: ct).ConfigureAwait(false);
        var claim = new TableEntity(pk, rk)
        {
            ["Key"] = deliveryKey, ["State"] = nameof(LedgerState.Sending), ["ClaimedAt"] = now, ["UpdatedAt"] = now,
        };
        try
        {
            if (!row.HasValue || row.Value is not { } existing)
            {
                claim["Attempts"] = 0;
                await ledger.AddEntityAsync(claim, ct).ConfigureAwait(false);
                return (ClaimOutcome.Claimed, 0);
            }
            var state = existing.GetString("State");
            var attempts = existing.GetInt32("Attempts") ?? 0;
            if (state is nameof(LedgerState.Sent) or nameof(LedgerState.Failed)) return (ClaimOutcome.Done, attempts);
            if (existing.GetDateTimeOffset("ClaimedAt") is { } claimed && now - claimed < lease) return (ClaimOutcome.HeldByOther, attempts);
            claim["Attempts"] = attempts;
            claim["Detail"] = existing.GetString("Detail");
            await ledger.UpdateEntityAsync(claim, existing.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
            return (ClaimOutcome.Claimed, attempts);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return (ClaimOutcome.HeldByOther, 0);
        }
    }

    /// <summary>
    /// Gives back a claim whose worker failed before sending anything, so the next attempt need not wait out the
    /// lease. Only a row still in Sending is touched, under its ETag: a row another worker moved on is left alone.
    /// </summary>
    public async Task ReleaseClaimAsync(string deliveryKey, CancellationToken ct = default)
    {
        var (pk, rk) = LedgerKeys(deliveryKey);
        var row = await ledger.GetEntityIfExistsAsync<TableEntity>(pk, rk, cancellationToken: ct).ConfigureAwait(false);
        if (!row.HasValue || row.Value is not { } existing || existing.GetString("State") != nameof(LedgerState.Sending)) return;
        existing["ClaimedAt"] = DateTimeOffset.UnixEpoch;
        existing["UpdatedAt"] = time.GetUtcNow();
        try
        {
            await ledger.UpdateEntityAsync(existing, existing.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Taken over or finished meanwhile: theirs to keep.
        }
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
