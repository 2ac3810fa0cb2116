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
            var (feeds, items) = settings.EndToEndSize ?? (settings.Quick ? (50, 10) : (500, 50));
            // The build production deploys: a full run publishes it if needed (the cold-start part reuses it), --quick
            // uses it when a current one is cached.
            var handler = BenchHandler.Resolve("auto", publish: !settings.Quick, log);
            results.EndToEnd.Add(await EndToEndBench.RunAsync(feeds, items, 1, log, ct, settings.NewItemsPerPoll, EndToEndScenario.CpuBound, handler));
            results.EndToEnd.Add(await EndToEndBench.RunAsync(feeds, items, 2, log, ct, null, EndToEndScenario.CpuBound, handler));
            // The slow-publisher scenario shows how a second instance adds throughput when waiting, not the CPU, sets
            // the pace; its run time grows with the items times the wait, so it stays at 100 × 10 at most (at 500 × 50
            // one runner would take about half an hour).
            var slow = EndToEndScenario.LatencyBound(settings.PublisherLatency);
            var (slowFeeds, slowItems) = (Math.Min(feeds, 100), Math.Min(items, 10));
            results.LatencyBound.Add(await EndToEndBench.RunAsync(slowFeeds, slowItems, 1, log, ct, null, slow, handler));
            results.LatencyBound.Add(await EndToEndBench.RunAsync(slowFeeds, slowItems, 2, log, ct, null, slow, handler));
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

    /// <summary>
    /// The cost basis: the measured steady "new items" polling cycle when the end-to-end run measured one (a first poll,
    /// where every item is new, is shown beside it for comparison), else the micro-benchmarks plus a fixed I/O allowance.
    /// </summary>
    private static void Cost(BenchResults results)
    {
        var prices = new FlexPrices();
        int[] sizes = [100, 500, 5000];
        if (results.EndToEnd.FirstOrDefault(r => r.Instances == 1) is { Steady.Count: 3 } e2e)
        {
            var (unchanged, fresh, digest) = (e2e.Steady[0], e2e.Steady[1], e2e.Steady[2]);
            var gb = CostModel.InstanceFor(e2e.PeakWorkingSetBytes);
            CostBasis Basis(SteadyCycles.Cycle c) => new(
                (c.TotalInvocations - c.Invocations.GetValueOrDefault("ScheduleFeeds")) / (double)e2e.Feeds, c.BilledActiveSeconds / e2e.Feeds, gb,
                ExecutionsPerDigestPass: digest.TotalInvocations, BilledSecondsPerDigestPass: digest.BilledActiveSeconds);
            results.Cost.AddRange(sizes.Select(f => CostModel.Monthly(f, Basis(fresh), prices)));
            results.CostScenarios[$"every feed unchanged (304)"] = sizes.Select(f => CostModel.Monthly(f, Basis(unchanged), prices)).ToList();
            results.CostScenarios["billed on handler CPU time instead of active time (a lower bound: an instance that never waits on storage or the network)"] =
                sizes.Select(f => CostModel.Monthly(f, Basis(fresh) with { BilledSecondsPerFeedPoll = fresh.HandlerCpuSeconds / e2e.Feeds }, prices)).ToList();
            var firstExecutions = e2e.Stages.Values.Sum(s => s.Count) / (double)e2e.Feeds;
            results.CostScenarios[$"every poll a first poll ({e2e.ItemsPerFeed} new items per feed; pessimistic)"] =
                sizes.Select(f => CostModel.Monthly(f, new CostBasis(firstExecutions, e2e.Seconds / e2e.Feeds, gb), prices)).ToList();
            results.CostBasis = $"measured steady cycle on {e2e.Feeds} feeds, {fresh.Name}: {fresh.TotalInvocations} invocations " +
                                $"({(fresh.TotalInvocations - 1.0) / e2e.Feeds:F2} per feed poll), {fresh.BilledActiveSeconds:F1} s billed active time " +
                                $"({fresh.BilledActiveSeconds / e2e.Feeds * 1000:F1} ms per feed poll), {fresh.HandlerCpuSeconds:F2} CPU-s in the handler " +
                                $"({fresh.HandlerCpuSeconds / e2e.Feeds * 1000:F1} CPU-ms per feed poll); digest pass every 15 min: {digest.TotalInvocations} invocations, {digest.BilledActiveSeconds:F1} s. " +
                                $"Peak working set {e2e.PeakWorkingSetBytes / 1048576.0:F0} MiB per handler, so billed on the {gb:0.#} GB instance size.";
        }
        else if (results.Feeds.FirstOrDefault() is { } feeds && results.Detection is { } detect)
        {
            const double ioAllowance = 0.25;
            var parse = feeds.Parsers[0].MedianSeconds / feeds.Parsers[0].Inputs;
            var rate = SteadyCycles.DefaultNewItemsPerPoll;
            var seconds = parse + rate / detect.Short.UnitsPerSecond + ioAllowance;
            results.Cost.AddRange(sizes.Select(f => CostModel.Monthly(f, new CostBasis(1 + rate, seconds, 2), prices)));
            results.CostBasis = $"micro-benchmarks: parse {parse * 1000:F2} ms per feed + classify {rate} new items + {ioAllowance * 1000:F0} ms fetch/storage allowance per poll, 2 GB instance (end to end did not run)";
        }
        else
        {
            results.Skipped["cost"] = "neither end to end nor the micro-benchmarks ran";
        }
    }
}
