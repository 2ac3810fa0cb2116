using System.ServiceModel.Syndication;
using System.Xml;
using Alerts.Feeds;

namespace Alerts.Cli.Bench;

/// <summary>Our feed parser against System.ServiceModel.Syndication and CodeHollow.FeedReader on the same bytes.</summary>
public static class FeedBench
{
    public sealed record Result(string Corpus, IReadOnlyList<Measurement> Parsers)
    {
        public double SpeedupVs(string other) =>
            Parsers.First(p => p.Name == "ours").MegabytesPerSecond / Math.Max(1e-9, Parsers.First(p => p.Name == other).MegabytesPerSecond);
    }

    private static readonly FeedParser Ours = new();

    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };

    public static Result Run(string corpus, IReadOnlyList<BenchFile> files, BenchSettings settings) => new(corpus,
    [
        Measure.Passes("ours", files, f => f.Bytes.Length, f => Ours.Parse(f.Bytes).Items.Count, settings),
        Measure.Passes("syndication", files, f => f.Bytes.Length, ParseWithSyndication, settings),
        Measure.Passes("codehollow", files, f => f.Bytes.Length, f => CodeHollow.FeedReader.FeedReader.ReadFromByteArray(f.Bytes).Items.Count, settings),
    ]);

    private static long ParseWithSyndication(BenchFile file)
    {
        using var stream = new MemoryStream(file.Bytes, writable: false);
        using var reader = XmlReader.Create(stream, ReaderSettings);
        return SyndicationFeed.Load(reader).Items.Count();
    }

    /// <summary>The shared corpora (gofeed and feedvalidator fixtures) when present; --quick takes an even sample.</summary>
    public static IReadOnlyList<BenchFile> SharedCorpus(string shared, bool quick)
    {
        var root = Path.Combine(shared, "corpora", "feeds");
        if (!Directory.Exists(root)) return [];
        var paths = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(p => new FileInfo(p).Length is > 0 and < 2_000_000)
            .Where(p => Path.GetExtension(p).ToLowerInvariant() is ".xml" or ".rss" or ".atom" or ".rdf" or ".json" or ".feed" or "")
            .Order(StringComparer.Ordinal).ToList();
        var step = quick ? Math.Max(1, paths.Count / 300) : 1;
        return paths.Where((_, i) => i % step == 0).Select(p => new BenchFile(Path.GetRelativePath(root, p), File.ReadAllBytes(p))).ToList();
    }
}
