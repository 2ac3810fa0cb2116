using System.CommandLine;
using System.Globalization;
using Alerts.Cli.Bench;

namespace Alerts.Cli.Commands;

/// <summary>
/// ./alerts bench feeds [--quick] [--repeat N] [--shared DIR]: feed parsing only, ours against Syndication and
/// CodeHollow on the generated feeds and the shared corpora, over every file and over the files all three parse.
/// --repeat measures N times and prints each run's ratios and their median: on a shared machine one run is noise.
/// </summary>
public sealed class BenchFeedsCommand : ICliCommand
{
    public Command Build()
    {
        var quick = new Option<bool>("--quick") { Description = "Fewer passes and a sample of the shared corpora." };
        var repeat = new Option<int>("--repeat") { Description = "Measure this many times; prints every run's ratios and the median.", DefaultValueFactory = _ => 1 };
        var shared = new Option<string?>("--shared") { Description = "Folder with the shared corpora (default: ../shared next to the repo)." };
        var feeds = new Command("feeds", "Feed parsing speed: ours vs System.ServiceModel.Syndication and CodeHollow.FeedReader.");
        feeds.Options.Add(quick);
        feeds.Options.Add(repeat);
        feeds.Options.Add(shared);
        feeds.SetAction(parse =>
        {
            var settings = BenchSettings.For(parse.GetValue(quick),
                parse.GetValue(shared) ?? Path.Combine(RepoPaths.Root, "..", "shared"), RepoPaths.Out("bench"));
            var corpora = new List<(string Name, IReadOnlyList<BenchFile> Files)> { ("generated", BenchCorpus.Feeds(settings.Quick)) };
            var sharedFiles = FeedBench.SharedCorpus(settings.Shared, settings.Quick);
            if (sharedFiles.Count > 0) corpora.Add(("shared corpora", sharedFiles));
            else Console.Error.WriteLine($"bench feeds: {Path.Combine(settings.Shared, "corpora", "feeds")} not found; generated feeds only");

            var runs = Math.Max(1, parse.GetValue(repeat));
            var ratios = new Dictionary<string, List<double>>();
            for (var run = 1; run <= runs; run++)
            {
                foreach (var (name, files) in corpora)
                {
                    var result = FeedBench.Run(name, files, settings);
                    if (run == runs) Console.Write(FeedBench.Markdown(result));
                    Note(ratios, $"{name}, all files", result.SpeedupVsOnAllFiles("syndication"));
                    Note(ratios, $"{name}, files all parse", result.SpeedupVs("syndication"));
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"bench feeds: run {run}/{runs} {name}: ours/syndication {result.SpeedupVsOnAllFiles("syndication"):N2}× on all files, {result.SpeedupVs("syndication"):N2}× on files all parse"));
                }
            }
            Console.WriteLine();
            Console.WriteLine($"Speed ours / syndication (MB/s ratio; median of {runs} run(s), each run's figures in brackets):");
            foreach (var (label, values) in ratios)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {label,-34} {Measure.Median(values):N2}×  [{string.Join(", ", values.Select(v => v.ToString("N2", CultureInfo.InvariantCulture)))}]"));
            }
            Console.WriteLine("The headline (feed_parse_speedup_vs_syndication in ./alerts bench) is the generated feeds, files all parse.");
            return 0;
        });
        var bench = new Command("bench", "Throughput figures");
        bench.Subcommands.Add(feeds);
        return bench;
    }

    private static void Note(Dictionary<string, List<double>> ratios, string label, double value)
    {
        if (!ratios.TryGetValue(label, out var list)) ratios[label] = list = [];
        list.Add(value);
    }
}
