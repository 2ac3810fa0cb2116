using System.Text;
using Alerts.Cli.Bench;
using Alerts.Detect;
using Alerts.Extract;
using Alerts.Feeds;
using BenchmarkDotNet.Attributes;

namespace Alerts.Benchmarks;

/// <summary>The detector on what every feed item gets (title + summary) and on a full article's text; one call per item.</summary>
[MemoryDiagnoser]
public class ClassifyBenchmarks
{
    private readonly Detector _detector = Detector.CreateDefault();
    private DetectInput[] _items = [];
    private DetectInput _article = new() { Id = "article", Lang = "en", Title = "" };

    [GlobalSetup]
    public void Setup()
    {
        var feed = new FeedParser().Parse(Encoding.UTF8.GetBytes(BenchCorpus.Rss(7, 100, 2)));
        _items = feed.Items.Select((e, i) => new DetectInput { Id = "item-" + i, Lang = "en", Title = e.Title ?? "", Summary = e.Summary }).ToArray();
        var article = new ArticleExtractor().Extract(BenchCorpus.ArticlePage(3, 22));
        _article = new DetectInput { Id = "article", Lang = "en", Title = article.Title ?? "", Summary = article.Text };
    }

    /// <summary>100 feed items per call: divide by 100 for one item.</summary>
    [Benchmark(OperationsPerInvoke = 100)]
    public int TitleAndSummary()
    {
        var flagged = 0;
        foreach (var item in _items) flagged += _detector.Detect(item).Flagged ? 1 : 0;
        return flagged;
    }

    [Benchmark]
    public bool FullArticle() => _detector.Detect(_article).Flagged;
}
