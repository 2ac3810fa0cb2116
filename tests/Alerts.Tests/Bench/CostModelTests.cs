using Alerts.Cli.Bench;

namespace Alerts.Tests.Bench;

public class CostModelTests
{
    [Fact]
    public void Usage_inside_the_free_grant_costs_nothing()
    {
        // 1 feed: 8,640 polls a month, 0.1 s × 2 GB each = 1,728 GB-s and 8,640 executions, both under the grant.
        var line = CostModel.Monthly(1, secondsPerPoll: 0.1, executionsPerPoll: 1, new FlexPrices());
        Assert.Equal(8_640, line.ExecutionsPerMonth, 6);
        Assert.Equal(1_728, line.GbSecondsPerMonth, 6);
        Assert.Equal(0, line.MonthlyUsd);
    }

    [Fact]
    public void Only_usage_above_the_free_grant_is_charged_at_the_given_prices()
    {
        var prices = new FlexPrices(PerGbSecond: 0.00002, PerMillionExecutions: 0.5, FreeGbSecondsPerMonth: 100_000, FreeExecutionsPerMonth: 250_000, InstanceMemoryGb: 1);
        // 100 feeds: 864,000 polls; 1 s each = 864,000 GB-s; 2 executions each = 1,728,000 executions.
        var line = CostModel.Monthly(100, secondsPerPoll: 1, executionsPerPoll: 2, prices);
        var expected = (864_000 - 100_000) * 0.00002 + (1_728_000 - 250_000) / 1e6 * 0.5;
        Assert.Equal(expected, line.MonthlyUsd, 6);
    }

    [Fact]
    public void Cost_grows_with_the_number_of_feeds()
    {
        var prices = new FlexPrices();
        var costs = new[] { 100, 500, 5000 }.Select(f => CostModel.Monthly(f, 0.5, 3, prices).MonthlyUsd).ToList();
        Assert.True(costs[0] < costs[1] && costs[1] < costs[2], string.Join(", ", costs));
    }
}
