namespace Alerts.Cli.Bench;

/// <summary>Everything one suite run measured; a part that did not run is null with its reason in <see cref="Skipped"/>.</summary>
public sealed class BenchResults
{
    public List<FeedBench.Result> Feeds { get; } = [];
    public List<ExtractBench.Result> Extraction { get; } = [];
    public DetectBench.Result? Detection { get; set; }
    /// <summary>The CPU-bound end-to-end runs (publishers answer at once): the headline figures.</summary>
    public List<EndToEndBench.Result> EndToEnd { get; } = [];
    /// <summary>The latency-bound runs (see <see cref="EndToEndScenario"/>): slow publishers, article pages fetched.</summary>
    public List<EndToEndBench.Result> LatencyBound { get; } = [];
    public ColdStartBench.Result? ColdStart { get; set; }
    public List<CostModel.Line> Cost { get; } = [];
    public string CostBasis { get; set; } = "";
    /// <summary>The same cost model on other measured cycles, for comparison with the headline <see cref="Cost"/>.</summary>
    public Dictionary<string, List<CostModel.Line>> CostScenarios { get; } = [];
    public Dictionary<string, string> Skipped { get; } = [];

    /// <summary>On the generated feeds, which every contender parses, so failures do not skew the comparison.</summary>
    public double? FeedSpeedupVsSyndication => Feeds.FirstOrDefault()?.SpeedupVs("syndication");

    /// <summary>Extraction headlines use real publisher pages (the readability corpus) when present: generated pages are small and regular.</summary>
    private ExtractBench.Result? HeadlineExtraction => Extraction.FirstOrDefault(e => e.OursF1 != null) ?? Extraction.FirstOrDefault();

    public double? ExtractSpeedupVsSmartReader => HeadlineExtraction is { } e
        ? e.Get("ours").InputsPerSecond / Math.Max(1e-9, e.Get("smartreader").InputsPerSecond) : null;

    /// <summary>Throughput of two runners on the same queues over one runner's, same workload.</summary>
    public double? TwoRunnerScaling => Scaling(EndToEnd);

    /// <summary>The same ratio in the latency-bound scenario.</summary>
    public double? TwoRunnerScalingLatencyBound => Scaling(LatencyBound);

    private static double? Scaling(List<EndToEndBench.Result> runs) =>
        runs.FirstOrDefault(e => e.Instances == 1) is { } one && runs.FirstOrDefault(e => e.Instances == 2) is { } two
            ? two.ItemsPerSecond / one.ItemsPerSecond : null;

    /// <summary>Alert rows beyond one per distinct item, over every end-to-end run: anything processed twice.</summary>
    public int? Repeats => EndToEnd.Count + LatencyBound.Count == 0 ? null : EndToEnd.Concat(LatencyBound).Sum(x => x.AlertRows - x.DistinctAlertItems);

    /// <summary>How many times longer our extraction takes than only parsing the HTML: total time over the pages (see ExtractBench.VsBare).</summary>
    public double? ExtractVsBareParse => HeadlineExtraction?.VsBareParse?.Aggregate;
}
