using System.CommandLine;
using Alerts.Cli.Bench;

namespace Alerts.Cli.Commands;

/// <summary>
/// ./alerts bench e2e [--size FxI] [--runners 1,2] [--latency-ms N]: only the end-to-end part of the suite, with a
/// choice of runner counts, for iterating on the pipeline's efficiency without the micro-benchmarks and cold start.
/// </summary>
public sealed class BenchEndToEndCommand : ICliCommand
{
    public Command Build()
    {
        var size = new Option<string>("--size") { Description = "Feeds x items per feed, e.g. 200x20.", DefaultValueFactory = _ => "50x10" };
        var runners = new Option<string>("--runners") { Description = "Runner counts to measure in turn, e.g. 1,2.", DefaultValueFactory = _ => "1,2" };
        var latency = new Option<int?>("--latency-ms")
        {
            Description = "Also run the latency-bound scenario: every feed and article response waits this long, and summaries are teasers, so AnalyzeItem fetches each article page.",
        };
        var latencyOnly = new Option<bool>("--no-cpu-bound") { Description = "With --latency-ms, skip the CPU-bound runs." };
        var steady = new Option<bool>("--steady") { Description = "Measure the steady polling cycles after the one-runner run (as the suite does)." };
        var json = new Option<bool>("--json") { Description = "Print the JSON summary on the last line." };
        var handler = new Option<string>("--handler")
        {
            Description = "Handler build: aot (published now if the cached build is stale; minutes), jit, or auto (Native AOT when a current build is cached, else JIT).",
            DefaultValueFactory = _ => "auto",
        };
        handler.AcceptOnlyFromAmong("auto", "aot", "jit");
        var command = new Command("e2e", "End to end on Azurite only: throughput, p99 per invocation, storage requests per item, 1 vs 2 runners");
        foreach (var o in new Option[] { size, runners, latency, latencyOnly, steady, json, handler }) command.Options.Add(o);
        command.SetAction(async (parse, ct) =>
        {
            var (feeds, items) = BenchCommand.ParseSize(parse.GetValue(size))!.Value;
            var counts = parse.GetValue(runners)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToList();
            var results = new BenchResults();
            var build = BenchHandler.Resolve(parse.GetValue(handler)!, publish: false, Console.Error);
            var scenarios = new List<EndToEndScenario>();
            if (!parse.GetValue(latencyOnly) || parse.GetValue(latency) is null) scenarios.Add(EndToEndScenario.CpuBound);
            if (parse.GetValue(latency) is { } ms) scenarios.Add(EndToEndScenario.LatencyBound(TimeSpan.FromMilliseconds(ms)));
            foreach (var scenario in scenarios)
            {
                foreach (var n in counts)
                {
                    var run = await EndToEndBench.RunAsync(feeds, items, n, Console.Error, ct, n == 1 && parse.GetValue(steady) ? SteadyCycles.DefaultNewItemsPerPoll : null, scenario, build);
                    (scenario.Latency is null ? results.EndToEnd : results.LatencyBound).Add(run);
                }
            }
            Console.WriteLine(BenchReport.EndToEndMarkdown(results));
            if (parse.GetValue(json)) Console.WriteLine(BenchReport.Json(results));
            return 0;
        });
        var bench = new Command("bench", "Benchmarks that print figures");
        bench.Subcommands.Add(command);
        return bench;
    }
}
