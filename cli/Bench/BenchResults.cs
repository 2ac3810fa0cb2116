namespace Alerts.Cli.Bench;

/// <summary>Everything one suite run measured; a part that did not run is null with its reason in <see cref="Skipped"/>.</summary>
public sealed class BenchResults
{
    public List<FeedBench.Result> Feeds { get; } = [];
    public List<ExtractBench.Result> Extraction { get; } = [];
    public DetectBench.Result? Detection { get; set; }
    public List<EndToEndBench.Result> EndToEnd { get; } = [];
    public ColdStartBench.Result? ColdStart { get; set; }
    public List<CostModel.Line> Cost { get; } = [];
    public string CostBasis { get; set; } = "";
    public Dictionary<string, string> Skipped { get; } = [];

    /// <summary>On the generated feeds, which every contender parses, so failures do not skew the comparison.</summary>
    public double? FeedSpeedupVsSyndication => Feeds.FirstOrDefault()?.SpeedupVs("syndication");

    /// <summary>Extraction headlines use real publisher pages (the readability corpus) when present: generated pages are small and regular.</summary>
    private ExtractBench.Result? HeadlineExtraction => Extraction.FirstOrDefault(e => e.OursF1 != null) ?? Extraction.FirstOrDefault();

    public double? ExtractSpeedupVsSmartReader => HeadlineExtraction is { } e
        ? e.Get("ours").InputsPerSecond / Math.Max(1e-9, e.Get("smartreader").InputsPerSecond) : null;

    /// <summary>How many times longer our extraction takes than only parsing the HTML: total time over the pages (see ExtractBench.VsBare).</summary>
    public double? ExtractVsBareParse => HeadlineExtraction?.VsBareParse?.Aggregate;
}
