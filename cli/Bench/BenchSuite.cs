using System.Diagnostics;
using Alerts.Cli.Conformance;

namespace Alerts.Cli.Bench;

/// <summary>Runs every part in turn; a part that fails or cannot run is recorded as skipped with its reason, the rest still run.</summary>
public static class BenchSuite
{
    private static IReadOnlySet<string>? Only { get; set; }

    public static readonly string[] PartNames = ["feeds", "extraction", "detection", "end to end", "cold start"];

    public static async Task<BenchResults> RunAsync(BenchSettings settings, TextWriter log, CancellationToken ct, IReadOnlySet<string>? only = null)
    {
        Only = only;
        var results = new BenchResults();
        var total = Stopwatch.StartNew();
        await Part("feeds", results, log, () =>
        {
            results.Feeds.Add(FeedBench.Run("generated", BenchCorpus.Feeds(settings.Quick), settings));
            var shared = FeedBench.SharedCorpus(settings.Shared, settings.Quick);
            if (shared.Count > 0) results.Feeds.Add(FeedBench.Run("shared corpora", shared, settings));
            else log.WriteLine("bench: feeds: ../shared/corpora/feeds not found; generated feeds only");
            return Task.CompletedTask;
        });
        await Part("extraction", results, log, () =>
        {
            results.Extraction.Add(ExtractBench.Run("generated", BenchCorpus.Pages(settings.Quick), settings, null));
            var pages = ExtractBench.ReadabilityPages(settings.Shared, settings.Quick);
            if (pages.Count > 0) results.Extraction.Add(ExtractBench.Run("readability pages", pages, settings, ArticleConformance.PagesDirectory(settings.Shared)));
            else log.WriteLine("bench: extraction: readability pages not found; no F1");
            return Task.CompletedTask;
        });
        await Part("detection", results, log, () =>
        {
            results.Detection = DetectBench.Run(settings);
            if (results.Detection is null) results.Skipped["detection"] = "no labelled items found";
            return Task.CompletedTask;
        });
        await Part("end to end", results, log, async () =>
        {
            var (feeds, items) = settings.Quick ? (50, 20) : (500, 50);
            results.EndToEnd.Add(await EndToEndBench.RunAsync(feeds, items, 1, log, ct));
            results.EndToEnd.Add(await EndToEndBench.RunAsync(feeds, items, 2, log, ct));
        });
        await Part("cold start", results, log, async () => results.ColdStart = await ColdStartBench.RunAsync(settings, log));
        Cost(results);
        log.WriteLine($"bench: suite took {total.Elapsed.TotalSeconds:F0} s");
        return results;
    }

    private static async Task Part(string name, BenchResults results, TextWriter log, Func<Task> run)
    {
        if (Only is { } only && !only.Contains(name))
        {
            results.Skipped[name] = "not selected (--only)";
            return;
        }
        var clock = Stopwatch.StartNew();
        log.WriteLine($"bench: {name}...");
        try
        {
            await run();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            results.Skipped[name] = $"{ex.GetType().Name}: {ex.Message}";
        }
        log.WriteLine($"bench: {name} done in {clock.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>Seconds per feed poll: measured handler execution time per feed end to end when it ran, else parse + classify plus a fixed I/O allowance.</summary>
    private static void Cost(BenchResults results)
    {
        double seconds;
        var executionsPerPoll = 2.0; // without an end-to-end run: the feed's fetch and about one new item to analyse
        if (results.EndToEnd.FirstOrDefault(r => r.Instances == 1) is { } e2e)
        {
            // Handler CPU time per feed poll, all stages together; the run's first poll brings every item new, so this is pessimistic.
            seconds = e2e.HandlerCpuSeconds / e2e.Feeds;
            executionsPerPoll = (double)e2e.Stages.Values.Sum(s => s.Count) / e2e.Feeds;
            results.CostBasis = $"measured end to end: {seconds * 1000:F0} CPU-ms and {executionsPerPoll:F1} executions per feed poll " +
                                $"(a first poll: all {e2e.ItemsPerFeed} items new); peak working set {e2e.PeakWorkingSetBytes / 1048576.0:F0} MiB per handler; billed at the 2 GB instance size";
        }
        else if (results.Feeds.FirstOrDefault() is { } feeds && results.Detection is { } detect)
        {
            const double ioAllowance = 0.25;
            var parse = feeds.Parsers[0].MedianSeconds / feeds.Parsers[0].Inputs;
            seconds = parse + 20 / detect.Short.UnitsPerSecond + ioAllowance;
            results.CostBasis = $"micro-benchmarks: parse {parse * 1000:F2} ms per feed + classify 20 items + {ioAllowance * 1000:F0} ms fetch/storage allowance (end to end did not run)";
        }
        else
        {
            results.Skipped["cost"] = "neither end to end nor the micro-benchmarks ran";
            return;
        }
        var prices = new FlexPrices();
        foreach (var feeds in new[] { 100, 500, 5000 }) results.Cost.Add(CostModel.Monthly(feeds, seconds, executionsPerPoll, prices));
    }
}
