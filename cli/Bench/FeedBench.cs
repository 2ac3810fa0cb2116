using System.Diagnostics;
using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Alerts.Feeds;

namespace Alerts.Cli.Bench;

/// <summary>
/// Our feed parser against System.ServiceModel.Syndication and CodeHollow.FeedReader on the same bytes, twice: over
/// every file, and over the files all three parse. The second is the fair comparison and the headline figure: a parser
/// that throws on a file has usually stopped early (Syndication gives up on the first element it does not expect), so
/// its failures are cheap and would flatter its MB/s on a corpus where it fails often. On the generated feeds every
/// parser parses every file and the two figures are one. The three are timed in interleaved rounds
/// (<see cref="Measure.Interleaved{T}"/>), so that load from other processes falls on all of them alike.
/// </summary>
public static class FeedBench
{
    /// <param name="Parsers">Over every file of the corpus.</param>
    /// <param name="Common">Over the files every parser parses; the same list as <paramref name="Parsers"/> when that is all of them.</param>
    public sealed record Result(string Corpus, IReadOnlyList<Measurement> Parsers, IReadOnlyList<Measurement> Common)
    {
        /// <summary>Speed ratio, ours over <paramref name="other"/>, on the files every parser parses.</summary>
        public double SpeedupVs(string other) => Ratio(Common, other);

        /// <summary>Speed ratio on every file, failures included.</summary>
        public double SpeedupVsOnAllFiles(string other) => Ratio(Parsers, other);

        private static double Ratio(IReadOnlyList<Measurement> parsers, string other) =>
            parsers.First(p => p.Name == "ours").MegabytesPerSecond / Math.Max(1e-9, parsers.First(p => p.Name == other).MegabytesPerSecond);
    }

    private static readonly FeedParser Ours = new();

    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };

    private static readonly (string Name, Func<BenchFile, long> Parse)[] Contenders =
    [
        ("ours", f => Ours.Parse(f.Bytes).Items.Count),
        ("syndication", ParseWithSyndication),
        ("codehollow", f => CodeHollow.FeedReader.FeedReader.ReadFromByteArray(f.Bytes).Items.Count),
    ];

    public static Result Run(string corpus, IReadOnlyList<BenchFile> files, BenchSettings settings)
    {
        var all = MeasureAll(files, settings);
        var common = files.Where(ParsedByAll).ToList();
        return new Result(corpus, all, common.Count == files.Count ? all : MeasureAll(common, settings));
    }

    private static List<Measurement> MeasureAll(IReadOnlyList<BenchFile> files, BenchSettings settings)
    {
        foreach (var c in Contenders) WarmUntilSteady(files, c.Parse, settings.Quick ? TimeSpan.FromSeconds(10) : TimeSpan.FromSeconds(30), settings.WarmUp * 2);
        return Measure.Interleaved(Contenders, files, f => f.Bytes.Length, settings).ToList();
    }

    /// <summary>
    /// Passes until the best pass stops getting faster (at least 8 passes and <paramref name="minimum"/>, at most
    /// <paramref name="limit"/>). The minimum matters for a small corpus: a pass of the quick one takes 10 ms, so eight
    /// flat passes came before the tiered JIT had even started promoting, and a fresh process timed tier-0 code. The
    /// libraries ship precompiled (ReadyToRun) and our code does not: on a busy machine the suite's fixed warm-up time
    /// could end before the tiered JIT had promoted our hot methods, and ours was then timed as unoptimised code.
    /// </summary>
    private static void WarmUntilSteady(IReadOnlyList<BenchFile> files, Func<BenchFile, long> parse, TimeSpan limit, TimeSpan minimum)
    {
        var best = double.MaxValue;
        var passesSinceBest = 0;
        var total = Stopwatch.StartNew();
        for (var pass = 1; total.Elapsed < limit; pass++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var file in files)
            {
                try
                {
                    parse(file);
                }
                catch (Exception)
                {
                    // failures cost time too, as in the measured passes
                }
            }
            var seconds = watch.Elapsed.TotalSeconds;
            if (seconds < best * 0.97)
            {
                best = seconds;
                passesSinceBest = 0;
            }
            else if (++passesSinceBest >= 5 && pass >= 8 && total.Elapsed >= minimum)
            {
                return;
            }
        }
    }

    private static bool ParsedByAll(BenchFile file) => Contenders.All(c =>
    {
        try
        {
            return c.Parse(file) >= 0;
        }
        catch (Exception)
        {
            return false;
        }
    });

    private static long ParseWithSyndication(BenchFile file)
    {
        using var stream = new MemoryStream(file.Bytes, writable: false);
        using var reader = XmlReader.Create(stream, ReaderSettings);
        return SyndicationFeed.Load(reader).Items.Count();
    }

    /// <summary>Both tables of one corpus: every file, then the files every parser parses.</summary>
    public static string Markdown(Result result)
    {
        var md = new StringBuilder();
        var first = result.Parsers[0];
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## Feed parsing: {result.Corpus} ({first.Inputs} files, {Mb(first.Bytes)} MiB)").AppendLine();
        Table(md, result.Parsers);
        if (!ReferenceEquals(result.Common, result.Parsers))
        {
            var common = result.Common[0];
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                $"Files every parser parses ({common.Inputs} of {first.Inputs}, {Mb(common.Bytes)} MiB): the fair comparison, since a parser that throws has often stopped early.").AppendLine();
            Table(md, result.Common);
        }
        return md.ToString();
    }

    private static void Table(StringBuilder md, IReadOnlyList<Measurement> parsers)
    {
        md.AppendLine("| parser | parsed files | MB/s | items/s | allocated MiB/pass | speed vs ours |").AppendLine("|---|---|---|---|---|---|");
        foreach (var p in parsers)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {p.Name} | {p.Succeeded}/{p.Inputs} | {F(p.MegabytesPerSecond)} | {F(p.UnitsPerSecond, "N0")} | {Mb(p.AllocatedPerPass)} | {F(p.MegabytesPerSecond / parsers[0].MegabytesPerSecond, "N2")}× |");
        }
    }

    private static string F(double value, string format = "N1") => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    private static string Mb(long bytes) => F(bytes / 1048576.0, "N2");

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
