using System.Collections.Concurrent;
using System.Text;
using Alerts.Extract;
using Alerts.Feeds;
using Alerts.Fetch;
using Alerts.Pipeline;
using Alerts.Sources;
using Alerts.Storage;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Alerts.Tests.Pipeline;

/// <summary>FetchFeed on repeated polls: new items queued once, before they are marked seen; items of the last fetch cost no read.</summary>
public sealed class FetchFeedSeenTests
{
    private readonly CountingTable _seen = new();
    private readonly Dictionary<(string, string), TableEntity> _feedRows = [];
    private readonly Mock<IFetcher> _fetcher = new();
    private readonly Mock<QueueClient> _items = new();
    private readonly ConcurrentBag<string> _sent = [];
    private int _seenRowsWhenLastSent = -1;

    public FetchFeedSeenTests()
    {
        _items.Setup(q => q.SendMessageAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string text, CancellationToken _) =>
            {
                _sent.Add(text);
                _seenRowsWhenLastSent = _seen.Rows.Keys.Count(k => !k.Pk.StartsWith('~'));
                return Response.FromValue(QueuesModelFactory.SendReceipt("id", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, "pop", DateTimeOffset.UtcNow), Mock.Of<Response>());
            });
    }

    private FetchFeedService Service() => new(
        new SourceDirectory([new SourceDefinition { Id = "f1", Url = "https://news.example/feed.xml", Interval = TimeSpan.FromMinutes(5) }]),
        _fetcher.Object, new FeedParser(), Mock.Of<IPageListParser>(), new FeedStateStore(TableMocks.InMemory(_feedRows).Object),
        new SeenStore(_seen.Mock.Object, TimeProvider.System, SeenStore.DefaultTtl), _items.Object, new FeedHealthPolicy(),
        new ItemBatchOptions { ItemsPerMessage = 8 }, TimeProvider.System, NullLogger<FetchFeedService>.Instance);

    /// <summary>The items of every message sent, batches opened.</summary>
    private List<ItemMessage> SentItems() => _sent
        .SelectMany(text => text.Contains("\"items\":", StringComparison.Ordinal)
            ? PipelineJson.Deserialize<ItemBatchMessage>(text)!.Items
            : [PipelineJson.Deserialize<ItemMessage>(text)!])
        .ToList();

    private void Serves(params int[] items)
    {
        var rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
        foreach (var i in items) rss.Append($"<item><title>Story {i}</title><guid isPermaLink=\"false\">story-{i}</guid><link>https://news.example/{i}</link></item>");
        rss.Append("</channel></rss>");
        _fetcher.Setup(f => f.FetchAsync(It.IsAny<FetchRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new FetchResult { Outcome = FetchOutcome.Ok, StatusCode = 200, FinalUrl = new Uri("https://news.example/feed.xml"), Body = Encoding.UTF8.GetBytes(rss.ToString()) });
    }

    [Fact]
    public async Task New_items_are_all_queued_before_any_is_marked_seen()
    {
        Serves(Enumerable.Range(0, 40).ToArray());
        var summary = await Service().RunAsync(new FeedDueMessage("f1", DateTimeOffset.UtcNow));
        Assert.Equal(40, summary.New);
        Assert.Equal(5, _sent.Count);   // 8 items per message
        Assert.Equal(40, SentItems().Select(i => i.ItemKey).Distinct().Count());
        Assert.Equal(0, _seenRowsWhenLastSent);
        Assert.Equal(40, _seen.Rows.Keys.Count(k => !k.Pk.StartsWith('~')));
    }

    [Fact]
    public async Task The_next_poll_queues_only_the_new_item_and_reads_only_its_key()
    {
        Serves(Enumerable.Range(0, 20).ToArray());
        await Service().RunAsync(new FeedDueMessage("f1", DateTimeOffset.UtcNow));
        _sent.Clear();

        Serves(Enumerable.Range(1, 20).ToArray()); // story 0 dropped off, story 20 is new
        var reads = _seen.PointReads;
        var summary = await Service().RunAsync(new FeedDueMessage("f1", DateTimeOffset.UtcNow));

        Assert.Equal(1, summary.New);
        Assert.Contains("Story 20", Assert.Single(_sent));
        Assert.DoesNotContain("\"items\":", _sent.Single(), StringComparison.Ordinal);   // a lone item travels bare
        Assert.Equal(1, _seen.PointReads - reads);   // the keys of the last fetch are remembered on the feed's state row
    }

    [Fact]
    public async Task A_feed_with_more_items_than_can_be_remembered_is_checked_key_by_key_and_queues_nothing_twice()
    {
        var count = FeedStateStore.MaxRememberedKeys + 1;
        Serves(Enumerable.Range(0, count).ToArray());
        await Service().RunAsync(new FeedDueMessage("f1", DateTimeOffset.UtcNow));
        _sent.Clear();

        var reads = _seen.PointReads;
        var summary = await Service().RunAsync(new FeedDueMessage("f1", DateTimeOffset.UtcNow));

        Assert.Equal(0, summary.New);
        Assert.Empty(_sent);
        Assert.Equal(count, _seen.PointReads - reads);
        Assert.Null(_feedRows[("feed", "f1")].GetString("LastFetchKeys"));
    }
}
