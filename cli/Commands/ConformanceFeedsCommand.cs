using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Alerts.Cli.Conformance;
using Alerts.Feeds;

namespace Alerts.Cli.Commands;

/// <summary>./alerts conformance feeds: field agreement with gofeed's universal model and a no-crash sweep of feedvalidator's cases.</summary>
public sealed class ConformanceFeedsCommand : ICliCommand
{
    public Command Build()
    {
        var shared = new Option<string?>("--shared") { Description = "Folder with the shared corpora (default ../shared beside the repo)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON summary line last" };
        var verbose = new Option<bool>("--mismatches") { Description = "List every field that differs from gofeed" };
        var feeds = new Command("feeds", "Feed parser against gofeed's expected outputs and feedvalidator's test cases");
        feeds.Options.Add(shared);
        feeds.Options.Add(json);
        feeds.Options.Add(verbose);
        feeds.SetAction(parse => Run(parse.GetValue(shared), parse.GetValue(json), parse.GetValue(verbose), Console.Out));
        var conformance = new Command("conformance", "Conformance suites against shared corpora");
        conformance.Subcommands.Add(feeds);
        return conformance;
    }

    public static int Run(string? sharedDir, bool asJson, bool listMismatches, TextWriter output)
    {
        var corpora = Path.Combine(sharedDir ?? Path.Combine(RepoPaths.Root, "..", "shared"), "corpora", "feeds");
        var gofeed = Path.Combine(corpora, "gofeed");
        var validator = Path.Combine(corpora, "feedvalidator");
        if (!Directory.Exists(gofeed) && !Directory.Exists(validator))
        {
            output.WriteLine($"conformance feeds: no feed corpora at {Path.GetFullPath(corpora)}; nothing to check (pass --shared DIR).");
            return 0;
        }
        var parser = new FeedParser();
        var c = CultureInfo.InvariantCulture;
        GofeedConformance.Report? report = null;
        if (Directory.Exists(gofeed))
        {
            report = GofeedConformance.Run(gofeed, parser);
            output.WriteLine("gofeed universal model, field pass rate:");
            foreach (var t in report.PerFormat.Append(report.Overall))
            {
                output.WriteLine(string.Create(c, $"  {t.Format,-12} {t.Cases,4} cases {t.Passed,5}/{t.Fields,-5} fields {t.Rate,8:P1}"));
            }
            if (listMismatches)
            {
                foreach (var m in report.Mismatches)
                {
                    output.WriteLine($"  MISMATCH {m.Case} {m.Field}: expected [{m.Expected}] got [{m.Actual}]");
                }
            }
            output.WriteLine("Differences by design:");
            foreach (var line in GofeedConformance.ByDesign) output.WriteLine("  - " + line);
        }
        FeedValidatorSweep.Result? sweep = null;
        if (Directory.Exists(validator))
        {
            sweep = FeedValidatorSweep.Run(validator, parser);
            output.WriteLine(string.Create(c,
                $"feedvalidator: files {sweep.Files}, parsed {sweep.Parsed} ({sweep.IllFormed} recovered from ill-formed XML), refused with FeedParseException {sweep.Refused}, crashed {sweep.Crashed.Count}; slowest {sweep.SlowestMs:F1} ms ({sweep.SlowestFile})"));
            foreach (var crash in sweep.Crashed) output.WriteLine("  CRASH " + crash);
        }
        if (asJson)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                gofeed = report is null ? null : new
                {
                    perFormat = report.PerFormat.ToDictionary(t => t.Format, t => new { t.Cases, t.Fields, t.Passed, rate = Math.Round(t.Rate, 4) }),
                    overall = new { report.Overall.Cases, report.Overall.Fields, report.Overall.Passed, rate = Math.Round(report.Overall.Rate, 4) },
                },
                feedvalidator = sweep is null ? null : new { sweep.Files, sweep.Parsed, sweep.IllFormed, sweep.Refused, crashed = sweep.Crashed.Count },
            }));
        }
        return 0;
    }
}
