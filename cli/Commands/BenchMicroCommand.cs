using System.CommandLine;
using System.Diagnostics;

namespace Alerts.Cli.Commands;

/// <summary>
/// ./alerts bench micro [--quick] [-- BenchmarkDotNet arguments]: the BenchmarkDotNet project (bench/Alerts.Benchmarks)
/// for feed parsing, extraction and classification, with allocations per operation. Reports land in out/bench/micro.
/// </summary>
public sealed class BenchMicroCommand : ICliCommand
{
    public Command Build()
    {
        var quick = new Option<bool>("--quick") { Description = "BenchmarkDotNet's short job (3 warm-up, 3 measured iterations)." };
        var filter = new Option<string?>("--filter") { Description = "Only benchmarks whose name matches this pattern, e.g. *Feed*." };
        var micro = new Command("micro", "BenchmarkDotNet micro-benchmarks: feed parsing, extraction, classification (with allocations).");
        micro.Options.Add(quick);
        micro.Options.Add(filter);
        micro.SetAction(async (parse, ct) =>
        {
            var project = Path.Combine(RepoPaths.Root, "bench", "Alerts.Benchmarks", "Alerts.Benchmarks.csproj");
            var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = RepoPaths.Root };
            foreach (var a in new[] { "run", "-c", "Release", "--project", project, "--" }) psi.ArgumentList.Add(a);
            if (parse.GetValue(quick)) psi.ArgumentList.Add("--quick");
            psi.ArgumentList.Add("--filter");
            psi.ArgumentList.Add(parse.GetValue(filter) ?? "*");
            psi.Environment["ALERTS_ROOT"] = RepoPaths.Root;
            using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet");
            await process.WaitForExitAsync(ct);
            Console.WriteLine($"reports: {Path.Combine(RepoPaths.Root, "out", "bench", "micro", "results")}");
            return process.ExitCode;
        });
        var bench = new Command("bench", "Benchmarks that print figures; with no subcommand, the whole suite.");
        bench.Subcommands.Add(micro);
        return bench;
    }
}
