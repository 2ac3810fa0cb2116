using System.CommandLine;
using Alerts.Cli.Bench;

namespace Alerts.Cli.Commands;

/// <summary>
/// ./alerts bench [--quick] [--json]: every benchmark in one run (feed parsing, extraction, detection, end to end on
/// Azurite, cold start, cost model), written to out/bench/. The detect and coldstart subcommands stay available.
/// </summary>
public sealed class BenchCommand : ICliCommand
{
    public Command Build()
    {
        var quick = new Option<bool>("--quick") { Description = "Fewer passes and a smaller end-to-end run (under five minutes on two cores)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with the headline figures on the last line." };
        var shared = new Option<string?>("--shared") { Description = "Folder with the shared corpora (default: ../shared next to the repo)." };
        var only = new Option<string[]>("--only")
        {
            Description = "Run only these parts: " + string.Join(", ", BenchSuite.PartNames.Select(p => p.Replace(' ', '-'))) + ".",
            AllowMultipleArgumentsPerToken = true,
        };
        var size = new Option<string?>("--e2e-size") { Description = "Feeds x items per feed of the end-to-end run, e.g. 500x10 (default 50x10 with --quick, 500x50 otherwise)." };
        var rate = new Option<double?>("--new-items-per-poll") { Description = $"New items per feed per poll in the steady cycle of the cost model (default {SteadyCycles.DefaultNewItemsPerPoll})." };
        var latency = new Option<int?>("--latency-ms") { Description = "Publisher response delay of the latency-bound end-to-end scenario (default 500)." };
        var bench = new Command("bench", "Benchmarks that print figures; with no subcommand, the whole suite.");
        bench.Options.Add(latency);
        bench.Options.Add(size);
        bench.Options.Add(rate);
        bench.Options.Add(quick);
        bench.Options.Add(json);
        bench.Options.Add(shared);
        bench.Options.Add(only);
        bench.SetAction(async (parse, ct) =>
        {
            var settings = BenchSettings.For(parse.GetValue(quick),
                parse.GetValue(shared) ?? Path.Combine(RepoPaths.Root, "..", "shared"), RepoPaths.Out("bench")) with
            {
                EndToEndSize = ParseSize(parse.GetValue(size)),
                NewItemsPerPoll = parse.GetValue(rate) ?? SteadyCycles.DefaultNewItemsPerPoll,
            };
            if (parse.GetValue(latency) is { } ms) settings = settings with { PublisherLatency = TimeSpan.FromMilliseconds(ms) };
            var selected = parse.GetValue(only) is { Length: > 0 } names
                ? names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries)).Select(n => n.Replace('-', ' ')).ToHashSet(StringComparer.OrdinalIgnoreCase)
                : null;
            var results = await BenchSuite.RunAsync(settings, Console.Error, ct, selected);
            Directory.CreateDirectory(settings.OutDir);
            var markdown = BenchReport.Markdown(results, settings);
            var table = BenchReport.ReadmeTable(results);
            await File.WriteAllTextAsync(Path.Combine(settings.OutDir, "bench.md"), markdown, ct);
            await File.WriteAllTextAsync(Path.Combine(settings.OutDir, "README-table.md"), table, ct);
            await File.WriteAllTextAsync(Path.Combine(settings.OutDir, "bench.svg"), BenchChart.Svg(BenchChart.Panels(results)), ct);
            Console.WriteLine(markdown);
            Console.WriteLine(table);
            foreach (var (part, reason) in results.Skipped) Console.WriteLine($"skipped {part}: {reason}");
            Console.WriteLine($"written: {Path.Combine(settings.OutDir, "bench.md")}, README-table.md, bench.svg");
            if (parse.GetValue(json)) Console.WriteLine(BenchReport.Json(results));
            return 0;
        });
        return bench;
    }

    /// <summary>"500x10" as (500, 10); null when absent.</summary>
    public static (int Feeds, int Items)? ParseSize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split('x', 'X');
        if (parts.Length == 2 && int.TryParse(parts[0], out var feeds) && int.TryParse(parts[1], out var items) && feeds > 0 && items > 0) return (feeds, items);
        throw new ArgumentException($"--e2e-size '{text}': expected FEEDSxITEMS, e.g. 500x10");
    }
}
