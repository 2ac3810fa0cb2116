using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Alerts.Cli.Bench;
using Alerts.Feeds;
using BenchmarkDotNet.Attributes;

namespace Alerts.Benchmarks;

/// <summary>One 50-item RSS feed, parsed by ours, System.ServiceModel.Syndication and CodeHollow.FeedReader.</summary>
[MemoryDiagnoser]
public class FeedParsingBenchmarks
{
    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
    private readonly FeedParser _ours = new();
    private byte[] _feed = [];

    [Params(10, 50, 300)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup() => _feed = Encoding.UTF8.GetBytes(BenchCorpus.Rss(Items, Items, 3));

    [Benchmark(Baseline = true)]
    public int Ours() => _ours.Parse(_feed).Items.Count;

    [Benchmark]
    public int Syndication()
    {
        using var stream = new MemoryStream(_feed, writable: false);
        using var reader = XmlReader.Create(stream, ReaderSettings);
        return SyndicationFeed.Load(reader).Items.Count();
    }

    [Benchmark]
    public int CodeHollow() => global::CodeHollow.FeedReader.FeedReader.ReadFromByteArray(_feed).Items.Count;
}
