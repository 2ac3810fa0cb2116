using Alerts.Storage;

namespace Alerts.Tests.Pipeline;

public sealed class SeenStoreTests
{
    private readonly CountingTable _table = new();

    private SeenStore Store() => new(_table.Mock.Object, TimeProvider.System, SeenStore.DefaultTtl);

    private static List<string> Keys(int from, int count) => Enumerable.Range(from, count).Select(i => $"g{i % 16:x}{i:d31}").ToList();

    [Fact]
    public async Task Keys_marked_seen_are_filtered_out_and_the_others_returned()
    {
        var store = Store();
        await store.MarkSeenAsync(Keys(0, 30).Select(k => (k, "s1")));
        var unseen = await store.FilterUnseenAsync(Keys(20, 20));
        Assert.Equal(Keys(30, 10).ToHashSet(), unseen.ToHashSet());
    }

    [Fact]
    public async Task Marking_many_keys_writes_one_transaction_per_partition_chunk_of_at_most_100()
    {
        await Store().MarkSeenAsync(Keys(0, 500).Select(k => (k, "s1")));
        Assert.Equal(500, _table.Rows.Count); // the fake refuses a transaction across partitions or over 100 rows
    }

    [Fact]
    public async Task A_source_fetch_reads_only_the_keys_its_last_fetch_did_not_carry()
    {
        var store = Store();
        var first = Keys(0, 20);
        await store.MarkSeenAsync(first.Select(k => (k, "s1")));
        await store.RememberFetchAsync("s1", first);

        var next = Keys(1, 20); // one item dropped off, one new
        var before = _table.PointReads;
        var unseen = await store.FilterUnseenAsync("s1", next);

        Assert.Equal([Keys(20, 1)[0]], unseen);
        Assert.Equal(2, _table.PointReads - before); // the remembered list, and the one new key
    }

    [Fact]
    public async Task Without_a_remembered_fetch_every_key_is_read_and_a_key_seen_from_another_feed_stays_seen()
    {
        var store = Store();
        await store.MarkSeenAsync([(Keys(0, 1)[0], "other-feed")]);
        var unseen = await store.FilterUnseenAsync("s1", Keys(0, 5));
        Assert.Equal(Keys(1, 4).ToHashSet(), unseen.ToHashSet());
        Assert.Equal(6, _table.PointReads);
    }

    [Fact]
    public async Task A_fetch_with_more_keys_than_can_be_remembered_is_checked_key_by_key()
    {
        var store = Store();
        var many = Keys(0, SeenStore.MaxRememberedKeys + 1);
        await store.MarkSeenAsync(many.Select(k => (k, "s1")));
        await store.RememberFetchAsync("s1", many);
        var before = _table.PointReads;
        Assert.Empty(await store.FilterUnseenAsync("s1", many));
        Assert.Equal(many.Count + 1, _table.PointReads - before);
    }
}
