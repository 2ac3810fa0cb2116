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
        // The fake refuses a transaction across partitions or over 100 rows. Each key also goes to the hour's intake log.
        Assert.Equal(500, _table.Rows.Keys.Count(k => !k.Pk.StartsWith('~')));
        Assert.Equal(500, _table.Rows.Keys.Count(k => k.Pk.StartsWith("~intake-")));
    }

    [Fact]
    public async Task A_key_seen_from_another_feed_stays_seen_and_every_key_given_is_read_once()
    {
        var store = Store();
        await store.MarkSeenAsync([(Keys(0, 1)[0], "other-feed")]);
        var unseen = await store.FilterUnseenAsync(Keys(0, 5).Concat(Keys(0, 5)));
        Assert.Equal(Keys(1, 4).ToHashSet(), unseen.ToHashSet());
        Assert.Equal(5, _table.PointReads);
    }
}
