using System.CommandLine;
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
        var coldstart = new Command("coldstart", "Time handler start-up to the first answered invocation, Native AOT vs JIT.");
        coldstart.Options.Add(runs);
        coldstart.SetAction(async (parse, ct) =>
        {
            var root = RepoPaths.Out("bench", "coldstart");
            var publisher = new HandlerPublisher(RepoPaths.Root, Console.Error);
            var builds = new List<PublishedHandler>();
            var aot = publisher.Publish(root, forceJit: false);
            builds.Add(aot);
            if (aot.Build == HandlerBuild.Aot) builds.Add(publisher.Publish(root, forceJit: true));
            else Console.WriteLine("aot: unavailable, the app does not publish as Native AOT:\n  " + aot.AotFallbackReason?.Replace("\n", "\n  "));

            Console.WriteLine($"{"build",-5} {"runs",5} {"median ms",10} {"p90 ms",8} {"min ms",8} {"max ms",8} {"2xx",5} {"size MiB",9}");
            foreach (var build in builds)
            {
                var files = PackageBuilder.Layout(RepoPaths.Root, build);
                var folder = Path.Combine(root, "app-" + build.Build.ToString().ToLowerInvariant());
                PackageBuilder.WriteFolder(files, folder);
                var executable = $"{PackageBuilder.HandlerFolder}/{HandlerPublisher.ExecutableName}";
                var report = await ColdStart.Measure(build.Build.ToString(), folder, executable, parse.GetValue(runs), TimeSpan.FromSeconds(30));
                var size = files.Where(f => f.PathInPackage.StartsWith(PackageBuilder.HandlerFolder + "/", StringComparison.Ordinal))
                    .Sum(f => new FileInfo(f.Source).Length) / 1024.0 / 1024.0;
                Console.WriteLine($"{report.Label.ToLowerInvariant(),-5} {report.Samples.Count,5} {report.MedianMs,10:0.0} {report.Percentile(0.9),8:0.0} {report.MinMs,8:0.0} {report.MaxMs,8:0.0} {report.Succeeded,5} {size,9:0.0}");
            }
            Console.WriteLine("(process start to first answered POST /Health on loopback, warm page cache; excludes the host's package mount)");
            return 0;
        });
        var bench = new Command("bench", "Benchmarks that print figures.");
        bench.Subcommands.Add(coldstart);
        return bench;
    }
}
