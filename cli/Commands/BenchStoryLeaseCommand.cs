using System.CommandLine;
using System.Diagnostics;
using Alerts.Cli.Bench;
using Alerts.Cli.DevServices;
using Alerts.Detect;
using Alerts.Pipeline;
using Alerts.Storage;
using Alerts.Stories;

namespace Alerts.Cli.Commands;

/// <summary>
/// ./alerts bench story-lease [--items N]: what the cross-instance lease adds to each story assignment, on a private
/// Azurite. Plain and leased assignments alternate item by item (so machine load hits both alike); prints the median
/// and p95 of each and the difference.
/// </summary>
public sealed class BenchStoryLeaseCommand : ICliCommand
{
    public Command Build()
    {
        var items = new Option<int>("--items") { Description = "assignments per variant", DefaultValueFactory = _ => 200 };
        var command = new Command("story-lease", "Latency the blob lease adds to one story assignment (private Azurite)");
        command.Options.Add(items);
        command.SetAction(async (parse, ct) =>
        {
            var n = Math.Max(10, parse.GetValue(items));
            using var azurite = await Azurite.StartAsync();
            var storage = StorageClients.FromConnectionString(azurite.ConnectionString);
            await storage.EnsureCreatedAsync(ct);
            var plain = new StoryClusterer(new TableStoryIndex(storage.Table(TableNames.StoryIndex)));
            var leased = new LeasedStoryClusterer(new StoryClusterer(new TableStoryIndex(storage.Table(TableNames.StoryIndex))),
                new BlobLeaseLock(storage.Blobs, LeasedStoryClusterer.LockName));
            var detection = new Detection { Topics = [Topic.PrisonerRelease], ReleaseStage = ReleaseStage.Confirmed, Lang = "en" };

            // Warm-up: connections, the lock blob, JIT.
            for (var i = 0; i < 5; i++)
            {
                await plain.AssignAsync(Item($"warm-p{i}", i), detection, ct);
                await leased.AssignAsync(Item($"warm-l{i}", i), detection, ct);
            }
            var (plainMs, leasedMs) = (new List<double>(), new List<double>());
            for (var i = 0; i < n; i++)
            {
                plainMs.Add(await TimeAsync(() => plain.AssignAsync(Item($"p{i}", i), detection, ct)));
                leasedMs.Add(await TimeAsync(() => leased.AssignAsync(Item($"l{i}", i), detection, ct)));
            }
            Console.WriteLine($"story assignment on Azurite, {n} items each, alternating");
            Console.WriteLine($"  plain   median {Measure.Median(plainMs),6:0.0} ms  p95 {Measure.Percentile(plainMs, 0.95),6:0.0} ms");
            Console.WriteLine($"  leased  median {Measure.Median(leasedMs),6:0.0} ms  p95 {Measure.Percentile(leasedMs, 0.95),6:0.0} ms");
            Console.WriteLine($"  added   median {Measure.Median(leasedMs) - Measure.Median(plainMs),6:0.0} ms per flagged item (acquire + release: two blob requests)");
            return 0;
        });
        var bench = new Command("bench", "Throughput figures");
        bench.Subcommands.Add(command);
        return bench;
    }

    // Distinct events, a day apart, so the index keeps a realistic handful of recent rows rather than one growing story.
    private static DetectInput Item(string id, int i) => new()
    {
        Id = id, Lang = "en", Published = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero).AddHours(6 * i),
        Title = $"Country {i % 17} frees {10 + i} political prisoners", Summary = $"Authorities released {10 + i} detainees on day {i}.",
    };

    private static async Task<double> TimeAsync(Func<Task> run)
    {
        var watch = Stopwatch.StartNew();
        await run();
        return watch.Elapsed.TotalMilliseconds;
    }
}
