namespace Alerts.Cli.Bench;

/// <summary>
/// Flex Consumption on-demand prices (USD, published defaults; override when they change). Billed memory is the
/// instance size while it executes, not the process's working set. See docs/cost.md.
/// </summary>
public sealed record FlexPrices(
    double PerGbSecond = 0.000026,
    double PerMillionExecutions = 0.40,
    double FreeGbSecondsPerMonth = 100_000,
    double FreeExecutionsPerMonth = 250_000,
    double InstanceMemoryGb = 2.0);

/// <summary>Monthly cost of polling feeds every few minutes, from measured seconds per invocation.</summary>
public static class CostModel
{
    public sealed record Line(int Feeds, double ExecutionsPerMonth, double GbSecondsPerMonth, double MonthlyUsd);

    /// <param name="secondsPerPoll">measured seconds of execution per feed poll (fetch, parse, detect, store), all stages together</param>
    /// <param name="executionsPerPoll">invocations one feed poll causes (the timer share, the queue-triggered parse, the notifier share)</param>
    public static Line Monthly(int feeds, double secondsPerPoll, double executionsPerPoll, FlexPrices prices, double pollMinutes = 5)
    {
        var pollsPerMonth = 30.0 * 24 * 60 / pollMinutes * feeds;
        var executions = pollsPerMonth * executionsPerPoll;
        var gbSeconds = pollsPerMonth * secondsPerPoll * prices.InstanceMemoryGb;
        var usd = Math.Max(0, gbSeconds - prices.FreeGbSecondsPerMonth) * prices.PerGbSecond
                  + Math.Max(0, executions - prices.FreeExecutionsPerMonth) / 1e6 * prices.PerMillionExecutions;
        return new Line(feeds, executions, gbSeconds, usd);
    }
}
