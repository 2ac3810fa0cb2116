using System.Diagnostics;
using Alerts.Observability;
using Alerts.Storage;
using Alerts.Subscribers;
using Microsoft.Extensions.Logging;

namespace Alerts.Pipeline;

/// <summary>
/// Sweep (timer): deletes rows that no longer guard anything. Seen-item keys past their time to live already count
/// as unseen; confirm-link nonces past their link's expiry can no longer be replayed (the token check refuses the
/// link first). Without this both tables grow for ever. Bounded per run and safe to repeat or overlap.
/// </summary>
public sealed class SweepService(StorageClients storage, TimeProvider time, ILogger<SweepService> log)
{
    /// <summary>Nonce rows stay a day past their link's expiry, so clock skew between instances cannot reopen a link.</summary>
    public static readonly TimeSpan NonceGrace = TimeSpan.FromDays(1);

    public int MaxRowsPerTable { get; init; } = ExpiredRowSweeper.DefaultMaxRows;

    public async Task<IReadOnlyList<SweepResult>> RunAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        return
        [
            await SweepAsync(TableNames.Seen, SeenStore.ExpiredFilter(now), ct).ConfigureAwait(false),
            await SweepAsync(TableNames.Nonces, TableTokenNonceStore.ExpiredFilter(now, NonceGrace), ct).ConfigureAwait(false),
        ];
    }

    private async Task<SweepResult> SweepAsync(string tableName, string filter, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var result = await new ExpiredRowSweeper(storage.Table(tableName), MaxRowsPerTable).SweepAsync(filter, ct).ConfigureAwait(false);
        if (result.Bounded)
        {
            log.LogWarning(LogEvents.SweepBounded, "Sweep table={Table} stopped at {Max} rows; the rest goes on the next run", tableName, MaxRowsPerTable);
        }
        log.LogInformation(LogEvents.SweepDone, "Sweep table={Table} deleted={Deleted} changed={Changed} bounded={Bounded} ms={Ms}",
            tableName, result.Deleted, result.Changed, result.Bounded, watch.ElapsedMilliseconds);
        return result;
    }
}
