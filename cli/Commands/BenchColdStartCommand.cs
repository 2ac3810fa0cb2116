using System.CommandLine;
using Alerts.Cli.DevServices;
using Alerts.Cli.Packaging;

namespace Alerts.Cli.Commands;

/// <summary>
/// ./alerts bench coldstart: process start to first answered POST /Health for the Native AOT and the JIT
/// handler builds, printed as figures (median, p90, min, max over --runs).
/// </summary>
public sealed class BenchColdStartCommand : ICliCommand
{
    public Command Build()
    {
        var runs = new Option<int>("--runs") { Description = "Measured starts per build.", DefaultValueFactory = _ => 10 };
        var packages = new Option<string[]>("--package")
        {
            Description = "Measure these unpacked packages (folders holding handler/Alerts.Functions) instead of building the app.",
            AllowMultipleArgumentsPerToken = true,
        };
        var coldstart = new Command("coldstart", "Time handler start-up to the first answered invocation, Native AOT vs JIT.");
        coldstart.Options.Add(runs);
        coldstart.Options.Add(packages);
        coldstart.SetAction(async (parse, ct) =>
        {
            var executable = $"{PackageBuilder.HandlerFolder}/{HandlerPublisher.ExecutableName}";
            // Health reads queue depths: against real storage (Azurite), so storage retry delays are not timed.
            using var azurite = await StartAzurite();
            IReadOnlyDictionary<string, string>? settings = azurite is null ? null : new Dictionary<string, string> { ["AzureWebJobsStorage"] = azurite.ConnectionString };
            if (parse.GetValue(packages) is { Length: > 0 } given)
            {
                PrintHeader();
                foreach (var folder in given)
                {
                    var report = await ColdStart.Measure(Path.GetFileName(Path.GetFullPath(folder).TrimEnd('/')), folder, executable, parse.GetValue(runs), TimeSpan.FromSeconds(30), settings);
                    Print(report, new FileInfo(Path.Combine(folder, executable)).Length);
                }
                PrintFootnote();
                return 0;
            }
            // Each build is published once and reused while the sources are unchanged (a Native AOT publish takes minutes).
            var root = RepoPaths.Out("bench", "coldstart");
            var publisher = new HandlerPublisher(RepoPaths.Root, Console.Error);
            var folders = new List<(HandlerBuild Build, string Folder)>();
            if (PackagedAppCache.Prepare(RepoPaths.Root, root, HandlerBuild.Aot, publisher, out var fallback) is { } aot) folders.Add((HandlerBuild.Aot, aot));
            else Console.WriteLine("aot: unavailable, the app does not publish as Native AOT:\n  " + fallback?.Replace("\n", "\n  "));
            folders.Add((HandlerBuild.Jit, PackagedAppCache.Prepare(RepoPaths.Root, root, HandlerBuild.Jit, publisher, out _)!));

            PrintHeader();
            foreach (var (build, folder) in folders)
            {
                var report = await ColdStart.Measure(build.ToString(), folder, executable, parse.GetValue(runs), TimeSpan.FromSeconds(30), settings);
                Print(report, PackagedAppCache.HandlerBytes(folder));
            }
            PrintFootnote();
            return 0;
        });
        var bench = new Command("bench", "Benchmarks that print figures.");
        bench.Subcommands.Add(coldstart);
        return bench;
    }

    private static async Task<Azurite?> StartAzurite()
    {
        try
        {
            return await Azurite.StartAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Console.Error.WriteLine($"bench: Azurite did not start ({ex.Message}); Health will time storage retries too.");
            return null;
        }
    }

    private static void PrintHeader() =>
        Console.WriteLine($"{"build",-16} {"runs",5} {"median ms",10} {"p90 ms",8} {"min ms",8} {"max ms",8} {"2xx",5} {"handler MiB",12}");

    private static void Print(ColdStartReport report, long handlerBytes)
    {
        Console.WriteLine($"{report.Label.ToLowerInvariant(),-16} {report.Samples.Count,5} {report.MedianMs,10:0.0} {report.Percentile(0.9),8:0.0} {report.MinMs,8:0.0} {report.MaxMs,8:0.0} {report.Succeeded,5} {handlerBytes / 1024.0 / 1024.0,12:0.0}");
        if (report.MedianTimeline is { } timeline) Console.WriteLine($"{"",-16} handler's own timeline (from its entry point): {timeline}");
    }

    private static void PrintFootnote() =>
        Console.WriteLine("(from the handler's exec to its first answered POST /Health on loopback, its port polled every millisecond; warm page cache; excludes the platform's instance allocation and package mount)");
}
