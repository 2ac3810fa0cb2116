using System.CommandLine;
using Alerts.Cli.Faults;

namespace Alerts.Cli.Commands;

/// <summary>
/// ./alerts bench faults [--only TEXT] [--verbose]: runs each fault scenario against its own live local stack and
/// prints what each cost: stories expected at the recipients, delivered, lost, duplicated, and time to recover.
/// </summary>
public sealed class BenchFaultsCommand : ICliCommand
{
    public Command Build()
    {
        var only = new Option<string?>("--only") { Description = "run only the scenarios whose name contains this text" };
        var verbose = new Option<bool>("--verbose") { Description = "print the stacks' logs" };
        var faults = new Command("faults", "Fault scenarios on a live local stack: lost and duplicated deliveries, time to recover");
        faults.Options.Add(only);
        faults.Options.Add(verbose);
        faults.SetAction(async (parse, ct) =>
        {
            var filter = parse.GetValue(only);
            var log = parse.GetValue(verbose) ? Console.Out : TextWriter.Null;
            var results = new List<FaultResult>();
            foreach (var scenario in FaultScenarios.All().Where(s => filter is null || s.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)))
            {
                Console.Error.WriteLine($"running: {scenario.Name}");
                try { results.Add(await scenario.RunAsync(log)); }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    results.Add(new FaultResult(scenario.Name, 0, 0, 0, 0, TimeSpan.Zero, [$"scenario failed: {ex.GetType().Name}: {ex.Message}"]));
                }
            }
            Console.WriteLine(FaultResult.Table(results));
            return results.All(r => r.Clean) ? 0 : 1;
        });
        var bench = new Command("bench", "Throughput figures");
        bench.Subcommands.Add(faults);
        return bench;
    }
}
