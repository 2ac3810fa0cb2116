using Microsoft.Extensions.Logging;

namespace Alerts.Observability;

/// <summary>
/// Stable event ids for every log line ops may query (docs/ops.md lists them). Never renumber: KQL
/// alert rules select on these ids.
/// </summary>
public static class LogEvents
{
    // 1xxx: scheduling and fetching
    public static readonly EventId ScheduleDone = new(1001, nameof(ScheduleDone));
    public static readonly EventId FetchDone = new(1010, nameof(FetchDone));
    public static readonly EventId FetchFailed = new(1011, nameof(FetchFailed));
    public static readonly EventId FeedIllFormed = new(1012, nameof(FeedIllFormed));
    public static readonly EventId FeedUnparseable = new(1013, nameof(FeedUnparseable));
    public static readonly EventId SourceUnknown = new(1014, nameof(SourceUnknown));
    public static readonly EventId ItemTrimmed = new(1015, nameof(ItemTrimmed));
    // 2xxx: analysis and stories
    public static readonly EventId ItemAnalyzed = new(2001, nameof(ItemAnalyzed));
    public static readonly EventId ItemFlagged = new(2002, nameof(ItemFlagged));
    public static readonly EventId ArticleFetchFailed = new(2003, nameof(ArticleFetchFailed));
    public static readonly EventId ItemRequeued = new(2004, nameof(ItemRequeued));
    // 3xxx: digests and delivery
    public static readonly EventId DigestsScheduled = new(3001, nameof(DigestsScheduled));
    public static readonly EventId DeliverySent = new(3010, nameof(DeliverySent));
    public static readonly EventId DeliveryDuplicateSkipped = new(3011, nameof(DeliveryDuplicateSkipped));
    public static readonly EventId DeliveryRetry = new(3012, nameof(DeliveryRetry));
    public static readonly EventId DeliveryPermanentFailure = new(3013, nameof(DeliveryPermanentFailure));
    public static readonly EventId DeliveryEmpty = new(3014, nameof(DeliveryEmpty));
    // 4xxx: host, runner, configuration
    public static readonly EventId InvocationFailed = new(4001, nameof(InvocationFailed));
    public static readonly EventId PoisonMessage = new(4002, nameof(PoisonMessage));
    public static readonly EventId ConfigurationError = new(4003, nameof(ConfigurationError));
    public static readonly EventId RunnerStarted = new(4010, nameof(RunnerStarted));
    public static readonly EventId HttpRequestRejected = new(4020, nameof(HttpRequestRejected));
    // 5xxx: housekeeping
    public static readonly EventId SweepDone = new(5001, nameof(SweepDone));
    public static readonly EventId SweepBounded = new(5002, nameof(SweepBounded));
}
