using Azure;
using Azure.Data.Tables;

namespace Alerts.Storage;

/// <summary>What one sweep of one table did.</summary>
public sealed record SweepResult(string Table, int Deleted, int Changed, bool Bounded);

/// <summary>
/// Deletes the rows of a table that match an "expired" filter, in table transactions of at most 100 rows of one
/// partition (the service's batch rule), and at most <c>maxRows</c> per run so one timer invocation stays short;
/// a bounded run leaves the rest for the next. Each delete is conditional on the ETag the query returned: a row
/// written again after it was read (an item seen again, its expiry pushed back) is left alone. Running it twice,
/// or two at once, deletes nothing twice and fails nowhere.
/// </summary>
public sealed class ExpiredRowSweeper(TableClient table, int maxRows = ExpiredRowSweeper.DefaultMaxRows)
{
    public const int DefaultMaxRows = 20_000;
    private const int BatchLimit = 100;

    public async Task<SweepResult> SweepAsync(string expiredFilter, CancellationToken ct = default)
    {
        int deleted = 0, changed = 0, seen = 0;
        var bounded = false;
        var pending = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        // Only the keys and the ETag are needed; the property the filter names is the cheapest one to select.
        await foreach (var row in table.QueryAsync<TableEntity>(expiredFilter, maxPerPage: 1000, select: ["PartitionKey", "RowKey"], cancellationToken: ct).ConfigureAwait(false))
        {
            if (seen == maxRows)
            {
                bounded = true;
                break;
            }
            seen++;
            if (!pending.TryGetValue(row.PartitionKey, out var batch)) pending[row.PartitionKey] = batch = [];
            batch.Add(row);
            if (batch.Count == BatchLimit)
            {
                (deleted, changed) = Add((deleted, changed), await DeleteAsync(batch, ct).ConfigureAwait(false));
                batch.Clear();
            }
        }
        foreach (var batch in pending.Values.Where(b => b.Count > 0))
        {
            (deleted, changed) = Add((deleted, changed), await DeleteAsync(batch, ct).ConfigureAwait(false));
        }
        return new SweepResult(table.Name, deleted, changed, bounded);
    }

    private static (int, int) Add((int Deleted, int Changed) a, (int Deleted, int Changed) b) => (a.Deleted + b.Deleted, a.Changed + b.Changed);

    /// <summary>One transaction for the batch; if any row changed or vanished meanwhile, the transaction fails whole, and the rows go one by one.</summary>
    private async Task<(int Deleted, int Changed)> DeleteAsync(List<TableEntity> batch, CancellationToken ct)
    {
        try
        {
            await table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, r.ETag)), ct).ConfigureAwait(false);
            return (batch.Count, 0);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 412)
        {
        }
        int deleted = 0, changed = 0;
        foreach (var row in batch)
        {
            try
            {
                var response = await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, ct).ConfigureAwait(false);
                if (response.Status != 404) deleted++;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Deleted by an overlapping sweep: the goal is met.
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                changed++;
            }
        }
        return (deleted, changed);
    }
}
