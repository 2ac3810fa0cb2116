using Alerts.Extract;
using Alerts.Feeds;
using Alerts.Fetch;
using Alerts.Pipeline;
using Alerts.Sources;
using Alerts.Storage;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Alerts.Tests.Pipeline;

public sealed class FetchFeedServiceTests
{
    private readonly Mock<IFetcher> _fetcher = new();
    private readonly Mock<IFeedParser> _parser = new(MockBehavior.Strict);
    private readonly Mock<QueueClient> _items = new(MockBehavior.Strict);
    private readonly Dictionary<(string, string), TableEntity> _feedRows = [];

    private FetchFeedService Service() => new(
        new SourceDirectory([new SourceDefinition { Id = "f1", Url = "https://news.example/feed.xml", Interval = TimeSpan.FromMinutes(5) }]),
        _fetcher.Object, _parser.Object, Mock.Of<IPageListParser>(), new FeedStateStore(TableMocks.InMemory(_feedRows).Object),
        new SeenStore(new Mock<TableClient>(MockBehavior.Strict).Object, TimeProvider.System, SeenStore.DefaultTtl),
        _items.Object, new FeedHealthPolicy(), new ItemBatchOptions(), TimeProvider.System, NullLogger<FetchFeedService>.Instance);

    [Fact]
    public async Task Not_modified_sends_the_stored_validators_parses_nothing_and_queues_nothing()
    {
        _feedRows[("feed", "f1")] = new TableEntity("feed", "f1") { ["ETagValue"] = "\"v1\"", ["LastModified"] = "Wed, 26 Nov 2025 10:00:00 GMT" };
        _fetcher.Setup(f => f.FetchAsync(It.IsAny<FetchRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new FetchResult { Outcome = FetchOutcome.NotModified, StatusCode = 304, FinalUrl = new Uri("https://news.example/feed.xml"), ETag = "\"v1\"" });

        var summary = await Service().RunAsync(new FeedDueMessage("f1", DateTimeOffset.UtcNow));

        Assert.Equal("304", summary.Status);
        _fetcher.Verify(f => f.FetchAsync(It.Is<FetchRequest>(r => r.ETag == "\"v1\"" && r.LastModified == "Wed, 26 Nov 2025 10:00:00 GMT"), It.IsAny<CancellationToken>()));
        Assert.Equal(0, _feedRows[("feed", "f1")].GetInt32("ConsecutiveFailures"));
    }

    [Fact]
    public async Task A_failed_fetch_is_recorded_with_backoff_and_keeps_the_validators()
    {
        _feedRows[("feed", "f1")] = new TableEntity("feed", "f1") { ["ETagValue"] = "\"v1\"", ["ConsecutiveFailures"] = 2 };
        _fetcher.Setup(f => f.FetchAsync(It.IsAny<FetchRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new FetchResult { Outcome = FetchOutcome.HttpError, StatusCode = 503, FinalUrl = new Uri("https://news.example/feed.xml"), Error = "HTTP 503" });

        var summary = await Service().RunAsync(new FeedDueMessage("f1", DateTimeOffset.UtcNow));

        var row = _feedRows[("feed", "f1")];
        Assert.Equal("HttpError", summary.Status);
        Assert.Equal(3, row.GetInt32("ConsecutiveFailures"));
        Assert.Equal("\"v1\"", row.GetString("ETagValue"));
        Assert.True(row.GetDateTimeOffset("NextDue") > DateTimeOffset.UtcNow.AddMinutes(30), "three failures back off well beyond the 5 min interval");
    }

    [Fact]
    public async Task A_source_removed_from_the_catalogue_is_dropped_without_fetching()
    {
        var summary = await Service().RunAsync(new FeedDueMessage("gone", DateTimeOffset.UtcNow));
        Assert.Equal("unknown-source", summary.Status);
        _fetcher.VerifyNoOtherCalls();
    }
}
