using Alerts.Cli.DevServices;
using Alerts.Cli.Packaging;

namespace Alerts.Cli.Bench;

/// <summary>Handler cold start (process start to first answered invocation), reusing the bench coldstart measurement.</summary>
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
        var folders = new Dictionary<HandlerBuild, string>();
        // --quick reuses what an earlier package or coldstart run left behind, and builds at most the JIT app.
        foreach (var (build, folder) in new[] { (HandlerBuild.Aot, Path.Combine(root, "app-aot")), (HandlerBuild.Jit, Path.Combine(root, "app-jit")) })
        {
            if (File.Exists(Path.Combine(folder, Executable))) folders[build] = folder;
        }
        var note = "";
        if (settings.Quick && !folders.ContainsKey(HandlerBuild.Aot) && File.Exists(Path.Combine(RepoPaths.Out("package"), Executable)))
        {
            folders[HandlerBuild.Aot] = RepoPaths.Out("package");
        }
        var publisher = new HandlerPublisher(RepoPaths.Root, log);
        if (!settings.Quick && !folders.ContainsKey(HandlerBuild.Aot))
        {
            var aot = publisher.Publish(root, forceJit: false);
            if (aot.Build == HandlerBuild.Aot) folders[HandlerBuild.Aot] = Write(aot, root);
            else note += "AOT unavailable: " + aot.AotFallbackReason + ". ";
        }
        if (!folders.ContainsKey(HandlerBuild.Jit)) folders[HandlerBuild.Jit] = Write(publisher.Publish(root, forceJit: true), root);
        if (!folders.ContainsKey(HandlerBuild.Aot) && settings.Quick) note += "AOT skipped in --quick (no AOT package in out/package or out/bench/coldstart; run without --quick). ";

        double? Median(HandlerBuild build) => folders.TryGetValue(build, out var folder)
            ? ColdStart.Measure(build.ToString(), folder, Executable, runs, TimeSpan.FromSeconds(30), storage).GetAwaiter().GetResult().MedianMs
            : null;
        var result = new Result(Median(HandlerBuild.Aot), Median(HandlerBuild.Jit), note + $"median of {runs} starts to the first answered POST /Health");
        return result;
    }

    private static string Write(PublishedHandler build, string root)
    {
        var folder = Path.Combine(root, "app-" + build.Build.ToString().ToLowerInvariant());
        PackageBuilder.WriteFolder(PackageBuilder.Layout(RepoPaths.Root, build), folder);
        return folder;
    }
}
