using System.Text.Json.Nodes;
using Alerts.Cli.Bench;
using Alerts.Cli.Runner;

namespace Alerts.Tests.Bench;

public class InvocationStatsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static InvocationRecord Run(string function, double startMs, double durationMs, JsonObject? data = null) =>
        new(function, T0.AddMilliseconds(startMs), durationMs, true, data ?? []);

    [Fact]
    public void Overlapping_invocations_are_billed_once_and_separate_bursts_each_at_least_a_second()
    {
        var records = new[]
        {
            Run("FetchFeed", 0, 1500), Run("FetchFeed", 500, 1500), // one burst 0-2.0 s
            Run("AnalyzeItem", 10_000, 100),                         // alone: billed the 1 s minimum
        };
        Assert.Equal(2.0 + 1.0, InvocationStats.BilledActiveSeconds(records), 9);
    }

    [Fact]
    public void Invocations_less_than_the_minimum_period_apart_are_one_billed_period()
    {
        var records = Enumerable.Range(0, 10).Select(i => Run("FetchFeed", i * 300, 20)).ToList(); // 20 ms every 300 ms, 2.72 s in all
        Assert.Equal(2.8, InvocationStats.BilledActiveSeconds(records), 9);
    }

    [Fact]
    public void Item_latency_runs_from_the_feed_fetch_to_the_end_of_its_analysis()
    {
        var message = new JsonObject { ["message"] = $$"""{"itemKey":"g1","fetchedAt":"{{T0:O}}"}""" };
        var records = new[] { Run("AnalyzeItem", 2_000, 300, message), Run("FetchFeed", 0, 50) };
        var latency = InvocationStats.ItemLatency(records);
        Assert.Equal(1, latency.Count);
        Assert.Equal(2_300, latency.P50, 6);
    }

    [Fact]
    public void Every_item_of_a_batch_message_counts_from_its_own_fetch()
    {
        var message = new JsonObject { ["message"] = $$"""{"items":[{"itemKey":"g1","fetchedAt":"{{T0:O}}"},{"itemKey":"g2","fetchedAt":"{{T0.AddSeconds(1):O}}"}]}""" };
        var latency = InvocationStats.ItemLatency([Run("AnalyzeItem", 2_000, 300, message)]);
        Assert.Equal(2, latency.Count);
        Assert.Equal(2_300 + 1_300, latency.SumMs, 6);
    }

    [Fact]
    public void Stages_are_summarised_per_function()
    {
        var records = Enumerable.Range(1, 100).Select(i => Run("FetchFeed", i, i)).Append(Run("AnalyzeItem", 0, 7)).ToList();
        var stages = InvocationStats.ByStage(records);
        Assert.Equal(100, stages["FetchFeed"].Count);
        Assert.Equal(50.5, stages["FetchFeed"].P50, 6);
        Assert.InRange(stages["FetchFeed"].P99, 99, 100);
        Assert.Equal(7, stages["AnalyzeItem"].P99, 6);
    }
}
