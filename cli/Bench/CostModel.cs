namespace Alerts.Cli.Bench;

/// <summary>
/// Flex Consumption on-demand prices (USD, published defaults; override when they change). Billed memory is the
/// instance size while it executes, not the process's working set. See docs/cost.md.
/// </summary>
public sealed record FlexPrices(
    double PerGbSecond = 0.000026,
    double PerMillionExecutions = 0.40,
    double FreeGbSecondsPerMonth = 100_000,
    double FreeExecutionsPerMonth = 250_000);

/// <summary>
/// What one feed poll costs, measured: invocations (fetch, analyse) and billed active seconds per feed per polling
/// cycle, plus what each cycle adds regardless of the feed count (the ScheduleFeeds timer) and each digest pass.
/// </summary>
public sealed record CostBasis(
    double ExecutionsPerFeedPoll,
    double BilledSecondsPerFeedPoll,
    double InstanceMemoryGb,
    double ExecutionsPerCycle = 1,
    double ExecutionsPerDigestPass = 1,
    double BilledSecondsPerDigestPass = 1);

/// <summary>Monthly cost of polling feeds every few minutes and sending digests, from measured figures per poll.</summary>
public static class CostModel
{
    /// <summary>The instance memory sizes Flex Consumption offers, in GB.</summary>
    public static readonly double[] InstanceSizesGb = [0.5, 2, 4];

    /// <summary>Working set is kept at most this share of the instance's memory (the rest is the runtime's and the OS's margin).</summary>
    public const double MemoryHeadroom = 0.75;

    public sealed record Line(int Feeds, double ExecutionsPerMonth, double GbSecondsPerMonth, double ExecutionsUsd, double GbSecondsUsd)
    {
        public double MonthlyUsd => ExecutionsUsd + GbSecondsUsd;
    }

    /// <summary>The smallest instance size whose memory holds the measured peak working set with headroom.</summary>
    public static double InstanceFor(long peakWorkingSetBytes) =>
        InstanceSizesGb.FirstOrDefault(gb => peakWorkingSetBytes <= gb * 1024 * 1024 * 1024 * MemoryHeadroom, InstanceSizesGb[^1]);

    /// <summary>
    /// Flex bills an instance's active time, concurrent executions once, at least 1 s per active period, rounded up
    /// to 100 ms. One polling cycle of F feeds is one burst: max(1 s, F × seconds per feed poll).
    /// </summary>
    public static Line Monthly(int feeds, CostBasis basis, FlexPrices prices, double pollMinutes = 5, double digestMinutes = 15)
    {
        var cycles = 30.0 * 24 * 60 / pollMinutes;
        var digests = 30.0 * 24 * 60 / digestMinutes;
        var executions = cycles * (basis.ExecutionsPerCycle + feeds * basis.ExecutionsPerFeedPoll) + digests * basis.ExecutionsPerDigestPass;
        var billedPerCycle = InvocationStats.BilledPeriod(feeds * basis.BilledSecondsPerFeedPoll);
        var gbSeconds = (cycles * billedPerCycle + digests * InvocationStats.BilledPeriod(basis.BilledSecondsPerDigestPass)) * basis.InstanceMemoryGb;
        return new Line(feeds, executions, gbSeconds,
            Math.Max(0, executions - prices.FreeExecutionsPerMonth) / 1e6 * prices.PerMillionExecutions,
            Math.Max(0, gbSeconds - prices.FreeGbSecondsPerMonth) * prices.PerGbSecond);
    }
}
