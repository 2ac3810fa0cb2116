using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Alerts.Cli.Evaluation;
using Alerts.Detect;
using Alerts.Detect.Evaluation;

namespace Alerts.Cli.Commands;

/// <summary>
/// ./alerts bench detect [--in ITEMS.jsonl] [--seconds N]: detector throughput on title+summary, one thread,
/// after a warm-up. Uses the dev set when present, else the repo's labelled train set.
/// </summary>
public sealed class BenchDetectCommand : ICliCommand
{
    public Command Build()
    {
        var input = new Option<string?>("--in") { Description = "items to classify repeatedly (default: dev set, else data/labelled/train.jsonl)" };
        var seconds = new Option<double>("--seconds") { Description = "how long to measure", DefaultValueFactory = _ => 3 };
        var detect = new Command("detect", "Items per second for the detector on one core");
        detect.Options.Add(input);
        detect.Options.Add(seconds);
        detect.SetAction(parse =>
        {
            var path = parse.GetValue(input) ?? (File.Exists(DetectTooling.DefaultGold)
                ? DetectTooling.DefaultGold
                : Path.Combine(RepoPaths.Root, "data", "labelled", "train.jsonl"));
            var items = DetectTooling.ReadItems(path);
            if (items == null || items.Count == 0) return 2;
            var inputs = items.Select(i => i.ToInput()).ToArray();
            var detector = Detector.CreateDefault();
            var budget = TimeSpan.FromSeconds(Math.Max(0.5, parse.GetValue(seconds)));

            Console.WriteLine($"{inputs.Length} items from {path}");
            // Warm-up long enough for tiered JIT to reach the optimised code on a busy machine; half a second timed tier-0 code.
            Run(detector, inputs, TimeSpan.FromSeconds(2));
            var (count, elapsed) = Run(detector, inputs, budget);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"detector with extractors: {count / elapsed.TotalSeconds:N0} items/s ({elapsed.TotalMilliseconds * 1000 / count:F1} µs/item, one thread)"));
            var bare = new Detector(new NoCountries(), new NoCount());
            Run(bare, inputs, TimeSpan.FromSeconds(1));
            (count, elapsed) = Run(bare, inputs, budget);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"topics, stage, action, evidence only: {count / elapsed.TotalSeconds:N0} items/s ({elapsed.TotalMilliseconds * 1000 / count:F1} µs/item)"));
            return 0;
        });
        var bench = new Command("bench", "Throughput figures");
        bench.Subcommands.Add(detect);
        return bench;
    }

    private static (long Count, TimeSpan Elapsed) Run(IDetector detector, DetectInput[] inputs, TimeSpan budget)
    {
        var watch = Stopwatch.StartNew();
        long count = 0;
        var flagged = 0;
        while (watch.Elapsed < budget)
        {
            foreach (var item in inputs)
            {
                if (detector.Detect(item).Flagged) flagged++;
            }
            count += inputs.Length;
        }
        GC.KeepAlive(flagged);
        return (count, watch.Elapsed);
    }

    /// <summary>Measures the detector's own cost, separate from the country and count extractors.</summary>
    private sealed class NoCountries : ICountryExtractor
    {
        public IReadOnlyList<string> Extract(string text, string lang) => [];
    }

    private sealed class NoCount : IReleasedCountExtractor
    {
        public int? Extract(string text, string lang) => null;
    }
}
