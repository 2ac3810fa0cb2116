using System.Diagnostics.Metrics;

namespace Alerts.Observability;

/// <summary>The pipeline's counters and histograms (meter "Alerts"); names are the ones docs/ops.md queries.</summary>
public static class AlertsMetrics
{
    public const string MeterName = "Alerts";
    private static readonly Meter Meter = new(MeterName, "1.0");

    public static readonly Counter<long> FeedsFetched = Meter.CreateCounter<long>("alerts.feeds.fetched");
    public static readonly Counter<long> FeedsNotModified = Meter.CreateCounter<long>("alerts.feeds.not_modified");
    public static readonly Counter<long> FeedsFailed = Meter.CreateCounter<long>("alerts.feeds.failed");
    public static readonly Counter<long> ItemsNew = Meter.CreateCounter<long>("alerts.items.new");
    public static readonly Counter<long> ItemsDuplicate = Meter.CreateCounter<long>("alerts.items.duplicate");
    public static readonly Counter<long> AlertsFlagged = Meter.CreateCounter<long>("alerts.alerts.flagged");
    public static readonly Counter<long> StoriesNew = Meter.CreateCounter<long>("alerts.stories.new");
    public static readonly Counter<long> StoriesUpdated = Meter.CreateCounter<long>("alerts.stories.updated");
    public static readonly Counter<long> DeliveriesSent = Meter.CreateCounter<long>("alerts.deliveries.sent");
    public static readonly Counter<long> DeliveriesFailed = Meter.CreateCounter<long>("alerts.deliveries.failed");
    public static readonly Counter<long> DeliveriesRetried = Meter.CreateCounter<long>("alerts.deliveries.retried");
    public static readonly Counter<long> PoisonMessages = Meter.CreateCounter<long>("alerts.poison.messages");
    public static readonly Histogram<double> EndToEndLatency = Meter.CreateHistogram<double>("alerts.e2e.latency", "ms");
}
