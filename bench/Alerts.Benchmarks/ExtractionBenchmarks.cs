using Alerts.Cli.Bench;
using Alerts.Extract;
using BenchmarkDotNet.Attributes;
using HtmlAgilityPack;

namespace Alerts.Benchmarks;

/// <summary>One news page with navigation, sidebar and comments: our extractor, SmartReader, and a bare HtmlAgilityPack parse (the floor).</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private static readonly Uri PageUrl = new("http://fakehost/test/page.html");
    private readonly ArticleExtractor _ours = new();
    private string _html = "";

    [Params(4, 22)]
    public int Paragraphs { get; set; }

    [GlobalSetup]
    public void Setup() => _html = BenchCorpus.ArticlePage(Paragraphs, Paragraphs);

    [Benchmark(Baseline = true)]
    public int Ours() => _ours.Extract(_html, PageUrl).Text.Length;

    [Benchmark]
    public int SmartReader() => new global::SmartReader.Reader(PageUrl.AbsoluteUri, _html).GetArticle().TextContent?.Length ?? 0;

    [Benchmark]
    public int BareHtmlAgilityPack()
    {
        var doc = new HtmlDocument();
        doc.LoadHtml(_html);
        return doc.DocumentNode.ChildNodes.Count;
    }
}
