namespace Alerts.Cli.Bench;

/// <summary>
/// What limits the end-to-end run. CPU-bound: the publishers answer at once from loopback and every summary is long
/// enough to judge, so the run measures how much work the pipeline does per item on this machine's cores.
/// Latency-bound: every feed and article response waits <see cref="Latency"/> (a distant publisher) and summaries are
/// teasers, so AnalyzeItem fetches each article page; as in production, an instance then spends most of an invocation
/// waiting, and its concurrency (host.json's batchSize + newBatchThreshold) rather than the CPU bounds its throughput.
/// </summary>
public sealed record EndToEndScenario(string Name, TimeSpan? Latency)
{
    public static readonly EndToEndScenario CpuBound = new("cpu-bound", null);

    public static EndToEndScenario LatencyBound(TimeSpan latency) => new($"latency-bound ({latency.TotalMilliseconds:0} ms per response, article fetched)", latency);

    public string DirectorySuffix => Latency is { } l ? $"-latency{l.TotalMilliseconds:0}" : "";
}
