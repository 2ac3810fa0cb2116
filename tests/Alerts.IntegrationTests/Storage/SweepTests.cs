using Alerts.Cli.DevServices;
using Alerts.Pipeline;
using Alerts.Storage;
using Alerts.Subscribers;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alerts.IntegrationTests.Storage;

/// <summary>The Sweep service on a real Azurite: what it deletes, what it keeps, and that repeating or overlapping it is harmless.</summary>
public sealed class SweepTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 3, 30, 0, TimeSpan.Zero);
    private Azurite _azurite = null!;
    private StorageClients _storage = null!;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        _storage = StorageClients.FromConnectionString(_azurite.ConnectionString);
        await _storage.EnsureCreatedAsync();
    }

    public Task DisposeAsync()
    {
        _azurite.Dispose();
        return Task.CompletedTask;
    }

    private SweepService Sweep(int maxRows = ExpiredRowSweeper.DefaultMaxRows) =>
        new(_storage, new FixedTime(Now), NullLogger<SweepService>.Instance) { MaxRowsPerTable = maxRows };

    [Fact]
    public async Task Expired_seen_keys_and_spent_nonces_go_while_live_rows_stay_and_a_second_run_deletes_nothing()
    {
        // Seen keys through the store itself: 250 marked 121 days ago (expired; 130 share one partition, more than
        // one transaction holds), 40 marked yesterday (live).
        var old = new SeenStore(_storage.Table(TableNames.Seen), new FixedTime(Now.AddDays(-121)), SeenStore.DefaultTtl);
        var recent = new SeenStore(_storage.Table(TableNames.Seen), new FixedTime(Now.AddDays(-1)), SeenStore.DefaultTtl);
        var expiredKeys = Enumerable.Range(0, 130).Select(i => $"aa{i:d4}").Concat(Enumerable.Range(0, 120).Select(i => $"{i:x2}z{i}")).ToList();
        var liveKeys = Enumerable.Range(0, 40).Select(i => $"aa-live{i}").ToList();
        await old.MarkSeenAsync(expiredKeys.Select(k => (k, "src")));
        await recent.MarkSeenAsync(liveKeys.Select(k => (k, "src")));
        await old.MarkAnalyzedAsync(expiredKeys[0], "s-1");

        // Nonces through the store: links that expired 3 days ago (spent), an hour ago (within the grace), and next week.
        var nonces = new TableTokenNonceStore(_storage.Table(TableNames.Nonces));
        for (var i = 0; i < 15; i++) Assert.True(await nonces.TryConsumeAsync($"spent{i}", Now.AddDays(-3)));
        Assert.True(await nonces.TryConsumeAsync("grace", Now.AddHours(-1)));
        Assert.True(await nonces.TryConsumeAsync("live", Now.AddDays(7)));

        var first = await Sweep().RunAsync();

        // 250 keys, and the 250 rows of the intake log written with them.
        Assert.Equal(new SweepResult(TableNames.Seen, 500, 0, false), first.Single(r => r.Table == TableNames.Seen));
        Assert.Equal(new SweepResult(TableNames.Nonces, 15, 0, false), first.Single(r => r.Table == TableNames.Nonces));
        Assert.Equal(liveKeys.Order(), (await Keys(TableNames.Seen)).Order());
        Assert.Equal(["grace", "live"], (await Keys(TableNames.Nonces)).Order());
        // The live keys still count as seen; a used link that is still valid still cannot be replayed.
        Assert.Empty(await new SeenStore(_storage.Table(TableNames.Seen), new FixedTime(Now), SeenStore.DefaultTtl).FilterUnseenAsync(liveKeys));
        Assert.False(await nonces.TryConsumeAsync("live", Now.AddDays(7)));

        var second = await Sweep().RunAsync();
        Assert.All(second, r => Assert.Equal(0, r.Deleted));
    }

    [Fact]
    public async Task A_bounded_run_leaves_the_rest_for_the_next_and_overlapping_runs_delete_each_row_once()
    {
        var old = new SeenStore(_storage.Table(TableNames.Seen), new FixedTime(Now.AddDays(-200)), SeenStore.DefaultTtl);
        await old.MarkSeenAsync(Enumerable.Range(0, 150).Select(i => ($"k{i % 3}{i:d4}", "src")));  // 150 keys + 150 intake rows

        var bounded = (await Sweep(maxRows: 120).RunAsync()).Single(r => r.Table == TableNames.Seen);
        Assert.True(bounded.Bounded);
        Assert.Equal(120, bounded.Deleted);

        // Two sweeps at once over the remaining 180: each row is deleted by exactly one of them, and neither fails.
        var both = await Task.WhenAll(Sweep().RunAsync(), Sweep().RunAsync());
        Assert.Equal(180, both.Sum(run => run.Single(r => r.Table == TableNames.Seen).Deleted));
        Assert.Empty(await Keys(TableNames.Seen));
    }

    [Fact]
    public async Task Status_counts_come_from_the_last_day_of_the_intake_log_which_the_sweep_empties_after_two_days()
    {
        var table = _storage.Table(TableNames.Seen);
        await new SeenStore(table, new FixedTime(Now.AddHours(-30)), SeenStore.DefaultTtl).MarkSeenAsync([("uold1", "wire"), ("uold2", "daily")]);
        await new SeenStore(table, new FixedTime(Now.AddHours(-2)), SeenStore.DefaultTtl).MarkSeenAsync([("unew1", "wire"), ("unew2", "wire"), ("unew3", "daily")]);
        var store = new SeenStore(table, new FixedTime(Now), SeenStore.DefaultTtl);

        var counts = await store.NewItemsBySourceSinceAsync(Now.AddHours(-24));

        Assert.Equal(new Dictionary<string, int> { ["wire"] = 2, ["daily"] = 1 }, counts);
        // The keys themselves are untouched by the intake log: all five are seen.
        Assert.Empty(await store.FilterUnseenAsync(["uold1", "uold2", "unew1", "unew2", "unew3"]));

        var later = new SweepService(_storage, new FixedTime(Now.AddDays(3)), NullLogger<SweepService>.Instance);
        Assert.Equal(5, (await later.RunAsync()).Single(r => r.Table == TableNames.Seen).Deleted);
        Assert.Equal(5, (await Keys(TableNames.Seen)).Count);
        Assert.Empty(await new SeenStore(table, new FixedTime(Now.AddDays(3)), SeenStore.DefaultTtl).NewItemsBySourceSinceAsync(Now.AddDays(2)));
    }

    /// <summary>Row keys outside the intake log (whose partitions start with '~').</summary>
    [Fact]
    public async Task A_row_written_again_between_the_query_and_the_delete_is_left_alone_and_the_rest_of_its_batch_still_goes()
    {
        var seen = _storage.Table(TableNames.Seen);
        var keys = Enumerable.Range(0, 30).Select(i => $"ab{i:d4}").ToList();   // one partition, one transaction
        await new SeenStore(seen, new FixedTime(Now.AddDays(-130)), SeenStore.DefaultTtl).MarkSeenAsync(keys.Select(k => (k, "src")));
        // Real Azurite behind a client that, just before the sweep's first transaction, writes one of the queried rows
        // again, as an AnalyzeItem finishing at that moment would: its ETag no longer matches what the query returned.
        var hooked = new Moq.Mock<TableClient>();
        var rewritten = false;
        hooked.SetupGet(t => t.Name).Returns(seen.Name);
        hooked.Setup(t => t.QueryAsync<TableEntity>(Moq.It.IsAny<string>(), Moq.It.IsAny<int?>(), Moq.It.IsAny<IEnumerable<string>>(), Moq.It.IsAny<CancellationToken>()))
            .Returns((string filter, int? page, IEnumerable<string> select, CancellationToken ct) => seen.QueryAsync<TableEntity>(filter, page, select, ct));
        hooked.Setup(t => t.SubmitTransactionAsync(Moq.It.IsAny<IEnumerable<TableTransactionAction>>(), Moq.It.IsAny<CancellationToken>()))
            .Returns(async (IEnumerable<TableTransactionAction> actions, CancellationToken ct) =>
            {
                if (!rewritten)
                {
                    rewritten = true;
                    await new SeenStore(seen, new FixedTime(Now), SeenStore.DefaultTtl).MarkAnalyzedAsync(keys[7], "s-1", ct);
                }
                return await seen.SubmitTransactionAsync(actions, ct);
            });
        hooked.Setup(t => t.DeleteEntityAsync(Moq.It.IsAny<string>(), Moq.It.IsAny<string>(), Moq.It.IsAny<Azure.ETag>(), Moq.It.IsAny<CancellationToken>()))
            .Returns((string pk, string rk, Azure.ETag etag, CancellationToken ct) => seen.DeleteEntityAsync(pk, rk, etag, ct));

        var result = await new ExpiredRowSweeper(hooked.Object).SweepAsync(SeenStore.ExpiredFilter(Now));

        Assert.True(rewritten);
        // 29 keys and the 30 intake-log rows written with them (their own partition, their own transaction).
        Assert.Equal(new SweepResult(TableNames.Seen, 59, 1, false), result);
        Assert.Equal([keys[7]], await Keys(TableNames.Seen));
        // The next run finds it still expired (its expiry was not pushed back) and deletes it.
        Assert.Equal(1, (await new ExpiredRowSweeper(seen).SweepAsync(SeenStore.ExpiredFilter(Now))).Deleted);
    }

    private async Task<List<string>> Keys(string table)
    {
        var keys = new List<string>();
        await foreach (var e in _storage.Table(table).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            if (!e.PartitionKey.StartsWith('~')) keys.Add(e.RowKey);
        }
        return keys;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
