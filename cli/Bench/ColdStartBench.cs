using System.Globalization;
using Alerts.Cli.DevServices;
using Alerts.Cli.Packaging;

namespace Alerts.Cli.Bench;

/// <summary>
/// Handler cold start (process start to first answered invocation) for the Native AOT and the JIT package, the
/// same measurement as ./alerts bench coldstart. Each build is published once into out/bench/coldstart and reused
/// while its sources are unchanged (<see cref="PackagedAppCache"/>).
/// </summary>
public static class ColdStartBench
{
    public sealed record Result(double? AotMs, double? JitMs, string Note);

    private static string Executable => $"{PackageBuilder.HandlerFolder}/{HandlerPublisher.ExecutableName}";

    public static async Task<Result> RunAsync(BenchSettings settings, TextWriter log)
    {
        var runs = settings.Quick ? 3 : 10;
        using var azurite = await Azurite.StartAsync();
        var storage = new Dictionary<string, string> { ["AzureWebJobsStorage"] = azurite.ConnectionString };
        var root = RepoPaths.Out("bench", "coldstart");
        var publisher = new HandlerPublisher(RepoPaths.Root, log);
        var notes = new List<string>();
        var medians = new Dictionary<HandlerBuild, double>();
        foreach (var build in new[] { HandlerBuild.Aot, HandlerBuild.Jit })
        {
            var folder = Folder(build, root, publisher, settings.Quick, notes);
            if (folder is null) continue;
            var report = await ColdStart.Measure(build.ToString(), folder, Executable, runs, TimeSpan.FromSeconds(30), storage);
            medians[build] = report.MedianMs;
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{build}: median {report.MedianMs:0} ms, p90 {report.Percentile(0.9):0} ms, {report.Succeeded}/{report.Samples.Count} answered 2xx, handler {PackagedAppCache.HandlerBytes(folder) / 1048576.0:0.0} MiB{(report.MedianTimeline is { } t ? $" (its own timeline from the entry point: {t})" : "")}"));
        }
        notes.Add($"{runs} starts per build, from the handler's exec to its first answered POST /Health (port polled every millisecond), after one unmeasured start");
        return new Result(medians.TryGetValue(HandlerBuild.Aot, out var aot) ? aot : null,
            medians.TryGetValue(HandlerBuild.Jit, out var jit) ? jit : null, string.Join("; ", notes) + ".");
    }

    /// <summary>The package folder for one build: cached, or published now (--quick publishes only the JIT build, which takes seconds).</summary>
    private static string? Folder(HandlerBuild build, string root, HandlerPublisher publisher, bool quick, List<string> notes)
    {
        if (PackagedAppCache.Current(RepoPaths.Root, root, build) is { } cached) return cached;
        if (quick && build == HandlerBuild.Aot)
        {
            notes.Add("AOT skipped in --quick: no AOT build of the current sources in out/bench/coldstart (run without --quick once)");
            return null;
        }
        var folder = PackagedAppCache.Prepare(RepoPaths.Root, root, build, publisher, out var fallback);
        if (folder is null) notes.Add("AOT unavailable: " + fallback);
        return folder;
    }
}
