using Alerts.Detect;
using Alerts.Extract;
using Alerts.Fetch;
using Alerts.Pipeline;
using Alerts.Storage;
using Alerts.Stories;
using Alerts.Subscribers;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Alerts.Tests.Pipeline;

public sealed class AnalyzeItemServiceTests
{
    private readonly Mock<IDetector> _detector = new();
    private readonly Mock<IStoryClusterer> _clusterer = new(MockBehavior.Strict);
    private readonly Mock<IFetcher> _fetcher = new();
    private readonly Mock<IArticleExtractor> _extractor = new();
    private readonly Dictionary<(string, string), TableEntity> _seenRows = [];

    private AnalyzeItemService Service()
    {
        var seen = new SeenStore(TableMocks.InMemory(_seenRows).Object, TimeProvider.System, SeenStore.DefaultTtl);
        var stories = new StoryStore(new Mock<TableClient>(MockBehavior.Strict).Object, new Mock<TableClient>(MockBehavior.Strict).Object, TimeProvider.System);
        return new AnalyzeItemService(_detector.Object, _clusterer.Object, stories, seen, Mock.Of<ISubscriberStore>(), _fetcher.Object,
            _extractor.Object, new AnalyzeOptions { ArticleLedeChars = 40 }, TimeProvider.System, NullLogger<AnalyzeItemService>.Instance);
    }

    private static ItemMessage Item(string? summary) => new()
    {
        ItemKey = "k1", SourceId = "src", Title = "Belarus and US discuss freeing over 100 prisoners", Summary = summary,
        Link = "https://news.example/a", Published = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task A_teaser_too_short_to_judge_is_replaced_by_the_articles_lede()
    {
        _fetcher.Setup(f => f.FetchAsync(It.Is<FetchRequest>(r => r.Purpose == FetchPurpose.Page), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new FetchResult { Outcome = FetchOutcome.Ok, FinalUrl = new Uri("https://news.example/a"), Body = "<html>x</html>"u8.ToArray() });
        _extractor.Setup(e => e.Extract(It.IsAny<string>(), It.IsAny<Uri>()))
            .Returns(new ExtractedArticle { Text = "Talks on a release began. Belarus freed 52 people in September after a visit." });
        DetectInput? seenByDetector = null;
        _detector.Setup(d => d.Detect(It.IsAny<DetectInput>())).Callback<DetectInput>(i => seenByDetector = i).Returns(new Detection());

        var result = await Service().RunAsync(Item("Talks."));

        Assert.NotNull(result);
        Assert.False(result.Detection.Flagged);
        Assert.Equal("Talks on a release began.", seenByDetector!.Summary);
        Assert.True(_seenRows.ContainsKey(("k1", "k1")), "the item is marked analysed");
    }

    [Fact]
    public async Task A_long_enough_summary_is_judged_as_it_is_and_a_redelivery_does_nothing()
    {
        _detector.Setup(d => d.Detect(It.IsAny<DetectInput>())).Returns(new Detection());
        var service = Service();
        var summary = new string('x', 200);

        await service.RunAsync(Item(summary));
        var again = await service.RunAsync(Item(summary));

        _fetcher.Verify(f => f.FetchAsync(It.IsAny<FetchRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        _detector.Verify(d => d.Detect(It.Is<DetectInput>(i => i.Summary == summary)), Times.Once);
        Assert.Null(again);
    }

    [Fact]
    public async Task When_the_article_cannot_be_fetched_the_item_is_judged_on_its_teaser()
    {
        _fetcher.Setup(f => f.FetchAsync(It.IsAny<FetchRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new FetchResult { Outcome = FetchOutcome.NetworkError, FinalUrl = new Uri("https://news.example/a"), Error = "down" });
        _detector.Setup(d => d.Detect(It.IsAny<DetectInput>())).Returns(new Detection());

        await Service().RunAsync(Item("Talks."));

        _detector.Verify(d => d.Detect(It.Is<DetectInput>(i => i.Summary == "Talks.")), Times.Once);
        _extractor.VerifyNoOtherCalls();
    }

    private static ItemMessage Keyed(string key) => new()
    {
        ItemKey = key, SourceId = "src", Title = "Sanctions eased on potash exports", Summary = new string('x', 200), Published = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task In_a_batch_an_item_that_fails_is_handed_back_alone_and_the_others_are_judged_and_marked()
    {
        _detector.Setup(d => d.Detect(It.Is<DetectInput>(i => i.Id == "k2"))).Throws(new InvalidOperationException("detector broke"));
        _detector.Setup(d => d.Detect(It.Is<DetectInput>(i => i.Id != "k2"))).Returns(new Detection());

        var batch = await Service().RunBatchAsync([Keyed("k1"), Keyed("k2"), Keyed("k3")]);

        Assert.Equal("k2", Assert.Single(batch.Failed).ItemKey);
        Assert.Equal(2, batch.Results.Count);
        Assert.True(_seenRows.ContainsKey(("k1", "k1")) && _seenRows.ContainsKey(("k3", "k3")), "the judged items are marked analysed");
        Assert.False(_seenRows.ContainsKey(("k2", "k2")), "the failed item is not");
    }

    [Fact]
    public async Task When_every_item_of_a_batch_fails_or_a_lone_item_fails_the_error_fails_the_message()
    {
        _detector.Setup(d => d.Detect(It.IsAny<DetectInput>())).Throws(new InvalidOperationException("detector broke"));

        var all = await Assert.ThrowsAsync<InvalidOperationException>(() => Service().RunBatchAsync([Keyed("k1"), Keyed("k2")]));
        var lone = await Assert.ThrowsAsync<InvalidOperationException>(() => Service().RunBatchAsync([Keyed("k3")]));

        Assert.Equal("detector broke", all.Message);
        Assert.Equal("detector broke", lone.Message);
        Assert.Empty(_seenRows);
    }

    [Fact]
    public async Task A_redelivered_batch_skips_the_items_already_analysed()
    {
        _detector.Setup(d => d.Detect(It.IsAny<DetectInput>())).Returns(new Detection());
        var service = Service();
        await service.RunBatchAsync([Keyed("k1")]);

        var again = await service.RunBatchAsync([Keyed("k1"), Keyed("k2")]);

        Assert.Equal(2, again.Results.Count);
        Assert.Null(again.Results[0]);
        Assert.NotNull(again.Results[1]);
        _detector.Verify(d => d.Detect(It.IsAny<DetectInput>()), Times.Exactly(2));
    }
}
