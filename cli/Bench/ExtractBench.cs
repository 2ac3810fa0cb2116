using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Alerts.Cli.Conformance;
using Alerts.Extract;
using HtmlAgilityPack;

namespace Alerts.Cli.Bench;

/// <summary>Our extractor against SmartReader and a bare HtmlAgilityPack parse (the floor: no extraction at all).</summary>
public static class ExtractBench
{
    public sealed record Result(string Corpus, IReadOnlyList<Measurement> Extractors, double? OursF1, double? SmartReaderF1, VsBare? VsBareParse)
    {
        public Measurement Get(string name) => Extractors.First(e => e.Name == name);
    }

    /// <summary>One page's time for our extraction and for the bare parse, each the median over interleaved rounds.</summary>
    public sealed record PageTiming(string Page, double OursSeconds, double BareSeconds)
    {
        public double Ratio => OursSeconds / Math.Max(1e-12, BareSeconds);
    }

    /// <summary>
    /// Extraction time over bare-parse time, two ways. <see cref="Aggregate"/> (total extraction time over total parse
    /// time) is the headline: it weighs each page by what it costs, so it answers what extraction adds to the CPU a
    /// crawl spends, and the big real pages decide it. <see cref="MedianPage"/> is the typical page; the corpus has
    /// many tiny test pages, where a few microseconds of fixed cost (metadata, JSON-LD, rendering) dominate.
    /// </summary>
    public sealed record VsBare(double Aggregate, double MedianPage, IReadOnlyList<PageTiming> Pages)
    {
        public static VsBare From(IReadOnlyList<PageTiming> pages) => new(
            pages.Sum(p => p.OursSeconds) / Math.Max(1e-12, pages.Sum(p => p.BareSeconds)),
            Measure.Median(pages.Select(p => p.Ratio).ToList()),
            pages);

        /// <summary>One markdown line with both ratios and the pages furthest above the bare parse.</summary>
        public string Summary(int worst = 5) => string.Create(CultureInfo.InvariantCulture,
            $"Extraction vs bare parse, page by page ({Pages.Count} pages, interleaved rounds, {ClockName}): aggregate {Aggregate:F2}× (total time), median page {MedianPage:F2}×; " +
            $"highest: {string.Join(", ", Pages.OrderByDescending(p => p.Ratio).Take(worst).Select(p => $"{p.Page} {p.Ratio:F1}×"))}.");
    }

    private static readonly Uri PageUrl = new("http://fakehost/test/page.html");

    public static Result Run(string corpus, IReadOnlyList<BenchFile> pages, BenchSettings settings, string? scoredPagesDir)
    {
        var texts = pages.Select(p => (p.Name, Html: HtmlText.Decode(p.Bytes, null), Bytes: p.Bytes.LongLength)).ToList();
        var ours = new ArticleExtractor();
        var smart = new SmartReaderExtractor();
        var results = new List<Measurement>
        {
            Measure.Passes("ours", texts, t => t.Bytes, t => ours.Extract(t.Html, PageUrl).Text.Length, settings),
            Measure.Passes("smartreader", texts, t => t.Bytes, t => smart.Extract(t.Html, PageUrl).Text.Length, settings),
            Measure.Passes("bare-hap", texts, t => t.Bytes, t => BareParse(t.Html), settings),
        };
        var vsBare = VsBare.From(PagePairs(texts.Select(t => (t.Name, t.Html)).ToList(), html => ours.Extract(html, PageUrl), html => BareParse(html), settings.Quick ? 7 : 15));
        double? oursF1 = null, smartF1 = null;
        if (scoredPagesDir != null)
        {
            oursF1 = ArticleConformance.Run(scoredPagesDir, ours).MeanF1;
            smartF1 = ArticleConformance.Run(scoredPagesDir, smart).MeanF1;
        }
        return new Result(corpus, results, oursF1, smartF1, vsBare);
    }

    private static int BareParse(string html)
    {
        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        return doc.DocumentNode.ChildNodes.Count;
    }

    /// <summary>
    /// Times both workloads on each page, alternating which goes first, page after page and round after round, so
    /// that whatever load remains (cache contention from other processes) falls on both sides of every ratio alike. Small pages are
    /// repeated within one timing until it lasts about a millisecond; each side's figure is its median over the rounds.
    /// </summary>
    public static IReadOnlyList<PageTiming> PagePairs(IReadOnlyList<(string Name, string Html)> pages, Action<string> ours, Action<string> bare, int rounds)
    {
        var repeats = pages.Select(p => Math.Clamp((int)(1e-3 / Math.Max(1e-7, Time(() => bare(p.Html), 1))), 1, 1000)).ToArray();
        var oursTimes = pages.Select(_ => new List<double>()).ToArray();
        var bareTimes = pages.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var html = pages[i].Html;
                if ((round + i) % 2 == 0)
                {
                    oursTimes[i].Add(Time(() => ours(html), repeats[i]));
                    bareTimes[i].Add(Time(() => bare(html), repeats[i]));
                }
                else
                {
                    bareTimes[i].Add(Time(() => bare(html), repeats[i]));
                    oursTimes[i].Add(Time(() => ours(html), repeats[i]));
                }
            }
        }
        return pages.Select((p, i) => new PageTiming(p.Name, Measure.Median(oursTimes[i]), Measure.Median(bareTimes[i]))).ToList();
    }

    /// <returns>seconds per call, averaged over <paramref name="repeats"/> back-to-back calls.</returns>
    private static double Time(Action call, int repeats)
    {
        var start = Now();
        for (var r = 0; r < repeats; r++) call();
        return (Now() - start) / repeats;
    }

    /// <summary>
    /// On Linux, this thread's CPU time: time the scheduler gives to other processes on a shared machine is left
    /// out, while garbage collections this thread triggers (workstation GC collects on the allocating thread) stay in.
    /// Elsewhere, the wall clock.
    /// </summary>
    private static double Now()
    {
        if (ThreadClock.Available && ThreadClock.Read(out var seconds)) return seconds;
        return Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
    }

    private static string ClockName => ThreadClock.Available ? "thread CPU time" : "wall clock";

    private static class ThreadClock
    {
        private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

        public static readonly bool Available = OperatingSystem.IsLinux() && Read(out _);

        public static bool Read(out double seconds)
        {
            seconds = 0;
            try
            {
                if (ClockGetTime(ClockThreadCpuTime, out var ts) != 0) return false;
                seconds = ts.Seconds + ts.Nanoseconds * 1e-9;
                return true;
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                return false;
            }
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);
    }

    public static IReadOnlyList<BenchFile> ReadabilityPages(string shared, bool quick)
    {
        var dir = ArticleConformance.PagesDirectory(shared);
        if (!Directory.Exists(dir)) return [];
        var pages = Directory.GetDirectories(dir).Order(StringComparer.Ordinal)
            .Select(d => Path.Combine(d, "source.html")).Where(File.Exists).ToList();
        var step = quick ? 3 : 1;
        return pages.Where((_, i) => i % step == 0).Select(p => new BenchFile(Path.GetFileName(Path.GetDirectoryName(p))!, File.ReadAllBytes(p))).ToList();
    }

    /// <summary>SmartReader behind our extractor port, so the conformance scorer rates both the same way.</summary>
    private sealed class SmartReaderExtractor : IArticleExtractor
    {
        public ExtractedArticle Extract(string html, Uri? baseUrl = null)
        {
            var article = new SmartReader.Reader((baseUrl ?? PageUrl).AbsoluteUri, html).GetArticle();
            return new ExtractedArticle { Title = article.Title, Byline = article.Byline, Text = article.TextContent ?? "" };
        }
    }
}
