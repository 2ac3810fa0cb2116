using Alerts.Cli.Bench;

namespace Alerts.Tests.Bench;

public class CostModelTests
{
    [Fact]
    public void Usage_inside_the_free_grant_costs_nothing()
    {
        // 1 feed: 8,640 cycles a month, each billed at the 1 s minimum on 0.5 GB = 4,320 GB-s; 2,880 digest passes of 1 s = 1,440 GB-s.
        var line = CostModel.Monthly(1, new CostBasis(ExecutionsPerFeedPoll: 1, BilledSecondsPerFeedPoll: 0.1, InstanceMemoryGb: 0.5), new FlexPrices());
        Assert.Equal(8_640 * 2 + 2_880, line.ExecutionsPerMonth, 6);
        Assert.Equal(4_320 + 1_440, line.GbSecondsPerMonth, 6);
        Assert.Equal(0, line.MonthlyUsd);
    }

    [Fact]
    public void Only_usage_above_the_free_grant_is_charged_at_the_given_prices()
    {
        var prices = new FlexPrices(PerGbSecond: 0.00002, PerMillionExecutions: 0.5, FreeGbSecondsPerMonth: 100_000, FreeExecutionsPerMonth: 250_000);
        var basis = new CostBasis(ExecutionsPerFeedPoll: 2, BilledSecondsPerFeedPoll: 0.05, InstanceMemoryGb: 2, ExecutionsPerCycle: 1, ExecutionsPerDigestPass: 3, BilledSecondsPerDigestPass: 2.5);
        var line = CostModel.Monthly(100, basis, prices);
        // 8,640 cycles of 1 + 100 × 2 executions, 2,880 digest passes of 3; cycles billed 5 s each, digests 2.5 s, on 2 GB.
        var executions = 8_640 * 201.0 + 2_880 * 3;
        var gbSeconds = (8_640 * 5.0 + 2_880 * 2.5) * 2;
        Assert.Equal(executions, line.ExecutionsPerMonth, 6);
        Assert.Equal(gbSeconds, line.GbSecondsPerMonth, 6);
        Assert.Equal((gbSeconds - 100_000) * 0.00002 + (executions - 250_000) / 1e6 * 0.5, line.MonthlyUsd, 6);
    }

    [Fact]
    public void Cost_grows_with_the_number_of_feeds()
    {
        var basis = new CostBasis(1.2, 0.05, 2);
        var costs = new[] { 100, 500, 5000 }.Select(f => CostModel.Monthly(f, basis, new FlexPrices()).MonthlyUsd).ToList();
        Assert.True(costs[0] < costs[1] && costs[1] < costs[2], string.Join(", ", costs));
    }

    [Theory]
    [InlineData(200, 0.5)]
    [InlineData(384, 0.5)]
    [InlineData(385, 2)]
    [InlineData(1500, 2)]
    [InlineData(1600, 4)]
    [InlineData(9000, 4)]
    public void The_instance_is_the_smallest_Flex_size_that_holds_the_peak_working_set_with_headroom(int peakMiB, double expectedGb)
    {
        Assert.Equal(expectedGb, CostModel.InstanceFor(peakMiB * 1024L * 1024));
    }

    [Theory]
    [InlineData(0.2, 1.0)]
    [InlineData(1.0, 1.0)]
    [InlineData(1.01, 1.1)]
    [InlineData(2.35, 2.4)]
    public void An_active_period_is_billed_at_least_one_second_then_in_100_ms_steps(double seconds, double billed)
    {
        Assert.Equal(billed, InvocationStats.BilledPeriod(seconds), 9);
    }
}
