using System.Diagnostics;
using System.Net;

namespace Alerts.Cli.Packaging;

/// <summary>
/// One cold start: process launch to the first answered POST /Health, with the start-up timeline the handler logged
/// in its ready line (milliseconds from its entry point to each step), when it logged one.
/// </summary>
public sealed record ColdStartSample(TimeSpan Elapsed, HttpStatusCode? Status, string? Timeline = null)
{
    /// <summary>The part after "start-up: " of the handler's ready line (event 4010).</summary>
    public static string? TimelineIn(string output) =>
        output.Split('\n').FirstOrDefault(l => l.Contains("Handler ready", StringComparison.Ordinal) && l.Contains("start-up: ", StringComparison.Ordinal)) is { } line
            ? line[(line.IndexOf("start-up: ", StringComparison.Ordinal) + "start-up: ".Length)..].Trim()
            : null;
}

/// <summary>Figures for one handler build over several runs.</summary>
public sealed record ColdStartReport(string Label, IReadOnlyList<ColdStartSample> Samples)
{
    private IEnumerable<double> Millis => Samples.Where(s => s.Status is not null).Select(s => s.Elapsed.TotalMilliseconds).Order();

    public double MedianMs => Percentile(0.5);
    public double MinMs => Millis.DefaultIfEmpty(double.NaN).First();
    public double MaxMs => Millis.DefaultIfEmpty(double.NaN).Last();
    public int Answered => Samples.Count(s => s.Status is not null);
    public int Succeeded => Samples.Count(s => s.Status is { } code && (int)code < 300);

    /// <summary>The handler's own start-up timeline in the sample nearest the median.</summary>
    public string? MedianTimeline => Samples.Where(s => s.Status is not null && s.Timeline is not null)
        .OrderBy(s => Math.Abs(s.Elapsed.TotalMilliseconds - MedianMs)).FirstOrDefault()?.Timeline;

    public double Percentile(double p)
    {
        var sorted = Millis.ToArray();
        if (sorted.Length == 0) return double.NaN;
        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}

/// <summary>
/// Measures how long a packaged handler takes from process start to answering its first invocation,
/// which is what a Flex Consumption instance adds to the first request after scaling out.
/// </summary>
public static class ColdStart
{
    public static async Task<ColdStartSample> MeasureOnce(string packageRoot, string executable, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        // The clock starts when the handler's executable is running: Process.Start returns once the child has exec'd.
        // The launcher's own fork of its (large) process before that is not the handler's start-up.
        using var handler = HandlerProcess.Start(packageRoot, executable, settings);
        var clock = Stopwatch.StartNew();
        using var response = await handler.InvokeWhenReady("Health", timeout);
        clock.Stop();
        if (response is null && handler.HasExited)
        {
            throw new InvalidOperationException($"the handler exited before answering:\n{handler.Output}");
        }
        // The ready line is written before the first request is served; give the output reader a moment to pass it on.
        for (var wait = 0; wait < 20 && ColdStartSample.TimelineIn(handler.Output) is null; wait++) await Task.Delay(5);
        return new ColdStartSample(clock.Elapsed, response?.StatusCode, ColdStartSample.TimelineIn(handler.Output));
    }

    public static async Task<ColdStartReport> Measure(string label, string packageRoot, string executable, int runs, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        // One unmeasured run warms the OS page cache (and creates the queues and tables), as on a reused instance.
        await MeasureOnce(packageRoot, executable, timeout, settings);
        var samples = new List<ColdStartSample>();
        for (var i = 0; i < runs; i++) samples.Add(await MeasureOnce(packageRoot, executable, timeout, settings));
        return new ColdStartReport(label, samples);
    }
}
