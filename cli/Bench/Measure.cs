using System.Diagnostics;

namespace Alerts.Cli.Bench;

/// <summary>One measured workload: median pass time over the inputs, allocations per pass, and how many inputs worked.</summary>
public sealed record Measurement(string Name, int Inputs, int Succeeded, long Bytes, long Units, double MedianSeconds, long AllocatedPerPass)
{
    public double MegabytesPerSecond => MedianSeconds > 0 ? Bytes / 1e6 / MedianSeconds : 0;
    public double UnitsPerSecond => MedianSeconds > 0 ? Units / MedianSeconds : 0;
    public double InputsPerSecond => MedianSeconds > 0 ? Inputs / MedianSeconds : 0;
}

/// <summary>
/// Stopwatch harness: warm-up passes for a fixed time, long enough for tiered JIT to promote the hot methods (library
/// code ships precompiled, ours would otherwise be timed at tier 0), then passes until both a minimum count and a time budget are met;
/// reports the median pass, so one pass disturbed by another process on the machine does not decide the figure.
/// Allocations are counted on this thread only, which is where every measured call runs.
/// </summary>
public static class Measure
{
    /// <param name="run">processes one input; returns the units it produced (items, characters) or -1 when it failed.</param>
    public static Measurement Passes<T>(string name, IReadOnlyList<T> inputs, Func<T, long> bytesOf, Func<T, long> run, BenchSettings settings)
    {
        var warmUp = Stopwatch.StartNew();
        do Pass(inputs, run);
        while (warmUp.Elapsed < settings.WarmUp);
        return Interleaved([(name, run)], inputs, bytesOf, settings)[0];
    }

    /// <summary>
    /// Several workloads on the same inputs, timed in rounds: each round runs one pass of every workload, starting
    /// with a different one each time. A change in the machine's load then falls on all of them alike, so their
    /// ratio holds even when the absolute figures move; timed one after another, a busy minute decided the ratio.
    /// Warm each workload up before calling this.
    /// </summary>
    public static IReadOnlyList<Measurement> Interleaved<T>(IReadOnlyList<(string Name, Func<T, long> Run)> workloads, IReadOnlyList<T> inputs,
        Func<T, long> bytesOf, BenchSettings settings)
    {
        var firstPass = workloads.Select(w => Pass(inputs, w.Run)).ToArray();
        var times = workloads.Select(_ => new List<double>()).ToArray();
        var allocations = workloads.Select(_ => new List<double>()).ToArray();
        var budget = Stopwatch.StartNew();
        for (var round = 0; round < settings.MinPasses || (budget.Elapsed < settings.PassBudget * workloads.Count && round < settings.MaxPasses); round++)
        {
            for (var k = 0; k < workloads.Count; k++)
            {
                var i = (round + k) % workloads.Count;
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                Pass(inputs, workloads[i].Run);
                times[i].Add(watch.Elapsed.TotalSeconds);
                allocations[i].Add(GC.GetAllocatedBytesForCurrentThread() - before);
            }
        }
        var bytes = inputs.Sum(bytesOf);
        return workloads.Select((w, i) => new Measurement(w.Name, inputs.Count, firstPass[i].Succeeded, bytes, firstPass[i].Units,
            Median(times[i]), (long)Median(allocations[i]))).ToList();
    }

    private static (int Succeeded, long Units) Pass<T>(IReadOnlyList<T> inputs, Func<T, long> run)
    {
        var succeeded = 0;
        long units = 0;
        foreach (var input in inputs)
        {
            long produced;
            try
            {
                produced = run(input);
            }
            catch (Exception)
            {
                // A parser that throws on an input has failed on it; the time spent still counts.
                produced = -1;
            }
            if (produced < 0) continue;
            succeeded++;
            units += produced;
        }
        return (succeeded, units);
    }

    public static double Median(IReadOnlyList<double> values) => Percentile(values, 0.5);

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}

/// <summary>How hard to measure: --quick trades precision for a run under five minutes on two cores.</summary>
public sealed record BenchSettings(bool Quick, int MinPasses, int MaxPasses, TimeSpan WarmUp, TimeSpan PassBudget, string Shared, string OutDir)
{
    /// <summary>Feeds and items per feed of the end-to-end run; null: 50 × 10 with --quick, 500 × 50 otherwise.</summary>
    public (int Feeds, int Items)? EndToEndSize { get; init; }

    /// <summary>New items per feed per poll in the steady "new items" cycle (see <see cref="SteadyCycles.DefaultNewItemsPerPoll"/>).</summary>
    public double NewItemsPerPoll { get; init; } = SteadyCycles.DefaultNewItemsPerPoll;

    /// <summary>
    /// How long each publisher response waits in the latency-bound end-to-end scenario: a distant news site's article
    /// page takes a few hundred milliseconds to a second. At 150 ms this 2-core machine is CPU-bound again (Azurite
    /// alone spends about 13 ms of CPU per item), so the default sits where waiting, not the CPU, sets the pace.
    /// </summary>
    public TimeSpan PublisherLatency { get; init; } = TimeSpan.FromMilliseconds(500);

    public static BenchSettings For(bool quick, string shared, string outDir) => quick
        ? new BenchSettings(true, 3, 10_000, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5), shared, outDir)
        : new BenchSettings(false, 7, 100_000, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(6), shared, outDir);
}
