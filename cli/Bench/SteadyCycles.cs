using System.Diagnostics;
using Alerts.Cli.Demo;
using Alerts.Storage;

namespace Alerts.Cli.Bench;

/// <summary>
/// Polling cycles after the first one, as a deployment sees them every 5 minutes, measured for the cost model:
/// "unchanged", where every feed answers 304 Not Modified; "new items", where a fraction of the feeds carries one new
/// item (their other items already seen) and the rest answer 304; and one digest pass. Between cycles every feed is made
/// due again, which stands for the 5 minutes passing.
/// </summary>
public sealed class SteadyCycles(PipelineStack stack, BenchFeedSite site, int feeds, InvocationStats stats, ProcessMeter meter, TextWriter log)
{
    /// <summary>
    /// New items per feed per 5-minute poll. A wire service's world feed publishes 100-300 items a day (0.35-1 per
    /// poll); a newspaper's section or an NGO's news page publishes 5-30 (0.02-0.1). A watch list of 500 sources is
    /// mostly the latter, so 0.2 (about 58 items a day per feed, 29,000 a day for 500 feeds) errs on the busy side.
    /// </summary>
    public const double DefaultNewItemsPerPoll = 0.2;

    public sealed record Cycle(string Name, int FeedsPolled, int NewItems, double WallSeconds, double BilledActiveSeconds,
        double HandlerCpuSeconds, IReadOnlyDictionary<string, int> Invocations, IReadOnlyDictionary<string, Spread> Stages)
    {
        public int TotalInvocations => Invocations.Values.Sum();
    }

    public async Task<IReadOnlyList<Cycle>> RunAsync(double newItemsPerPoll, CancellationToken ct)
    {
        var runner = stack.Runner;
        var cycles = new List<Cycle>();
        meter.Read();

        await MakeAllDueAsync(ct);
        cycles.Add(await MeasureAsync("unchanged (all 304)", () => runner.FireTimerAsync(runner.Function("ScheduleFeeds"), ct), ct));

        var changed = (int)Math.Round(newItemsPerPoll * feeds);
        for (var i = 0; i < changed; i++)
        {
            var feed = (int)((long)i * feeds / Math.Max(1, changed));
            var name = EndToEndBench.FeedFile(feed);
            site.Put(name, BenchCorpus.WithNewItem(site.Get(name), 1000 + feed, DateTimeOffset.UtcNow));
        }
        await MakeAllDueAsync(ct);
        cycles.Add(await MeasureAsync($"new items ({newItemsPerPoll:0.##} per feed)", () => runner.FireTimerAsync(runner.Function("ScheduleFeeds"), ct), ct));
        cycles.Add(await MeasureAsync("digest pass", () => runner.FireTimerAsync(runner.Function("SendDigests"), ct), ct));
        foreach (var c in cycles)
        {
            log.WriteLine($"bench: steady cycle {c.Name}: {c.TotalInvocations} invocations, {c.WallSeconds:F1} s wall, {c.BilledActiveSeconds:F1} s billed active, {c.HandlerCpuSeconds:F2} s handler CPU");
        }
        return cycles;
    }

    private async Task<Cycle> MeasureAsync(string name, Func<Task> fire, CancellationToken ct)
    {
        var mark = stats.Mark();
        meter.Read();
        var clock = Stopwatch.StartNew();
        await fire();
        await EndToEndBench.DrainAllAsync([stack.Runner], ct);
        var wall = clock.Elapsed.TotalSeconds;
        var cpu = meter.Read();
        var records = stats.Since(mark);
        var counts = records.GroupBy(r => r.Function).ToDictionary(g => g.Key, g => g.Count());
        return new Cycle(name, counts.GetValueOrDefault("FetchFeed"), counts.GetValueOrDefault("AnalyzeItem"), wall,
            InvocationStats.BilledActiveSeconds(records), cpu.Handlers, counts, InvocationStats.ByStage(records));
    }

    /// <summary>Sets every feed's next due time to now, as if its interval had passed.</summary>
    private async Task MakeAllDueAsync(CancellationToken ct)
    {
        var states = new FeedStateStore(stack.Runner.Storage.Table(TableNames.Feeds));
        var now = DateTimeOffset.UtcNow.AddSeconds(-1);
        foreach (var state in await states.ListAsync(ct))
        {
            await states.SaveAsync(state with { Health = state.Health with { NextDue = now } }, ct);
        }
    }
}
