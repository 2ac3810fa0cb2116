using Alerts.Observability;
using Alerts.Storage;

namespace Alerts.Pipeline;

/// <summary>One source as the status page shows it; a source never fetched has no dates.</summary>
public sealed record FeedStatus
{
    public required string Id { get; init; }
    public string Name { get; init; } = "";
    public bool Enabled { get; init; } = true;
    public DateTimeOffset? LastSuccess { get; init; }
    public DateTimeOffset? LastAttempt { get; init; }
    public string? LastError { get; init; }
    public int? LastStatus { get; init; }
    public int ConsecutiveFailures { get; init; }
    public DateTimeOffset? NextDue { get; init; }
    public bool IllFormed { get; init; }
    public int NewItems24h { get; init; }

    public bool Failing => ConsecutiveFailures > 0;
}

/// <summary>One ledger row of the last 24 hours; the detail has email addresses masked.</summary>
public sealed record DeliveryStatus(string Key, LedgerState State, DateTimeOffset UpdatedAt, string? Detail);

public sealed record StatusReport
{
    public required DateTimeOffset GeneratedAt { get; init; }
    public required HealthReport Health { get; init; }
    public IReadOnlyList<FeedStatus> Feeds { get; init; } = [];
    public IReadOnlyList<StoredStory> Stories { get; init; } = [];
    public IReadOnlyList<DeliveryStatus> Deliveries { get; init; } = [];
    /// <summary>Set when a part of the data could not be read; the rest of the page still shows.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}

/// <summary>
/// Gathers what the status page shows: every source with its health and its intake of the last 24 hours,
/// the latest stories, the deliveries of the last 24 hours, and the health report (queues, poison queues).
/// </summary>
public sealed class StatusService(HealthService health, FeedStateStore feeds, SeenStore seen, StoryStore stories,
    DeliveryStateStore deliveries, ISourceDirectory sources, TimeProvider time)
{
    public const int MaxStories = 30;
    public const int MaxDeliveries = 200;
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public async Task<StatusReport> GatherAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var report = await health.CheckAsync(ct).ConfigureAwait(false);
        var problems = new List<string>();
        if (!report.StorageReachable)
        {
            return new StatusReport { GeneratedAt = now, Health = report, Problems = ["storage unreachable: " + report.StorageError] };
        }

        var states = await Try<IReadOnlyList<FeedState>>(() => feeds.ListAsync(ct), [], "feed states", problems).ConfigureAwait(false);
        var intake = await Try<IReadOnlyDictionary<string, int>>(() => seen.NewItemsBySourceSinceAsync(now - Window, ct), new Dictionary<string, int>(), "items of the last 24 h", problems).ConfigureAwait(false);
        var latest = await Try<IReadOnlyList<StoredStory>>(() => stories.RecentAsync(MaxStories, ct), [], "stories", problems).ConfigureAwait(false);
        var ledger = await Try<IReadOnlyList<(string Key, LedgerState State, DateTimeOffset UpdatedAt, string? Detail)>>(() => deliveries.LedgerSinceAsync(now - Window, ct), [], "deliveries", problems).ConfigureAwait(false);

        return new StatusReport
        {
            GeneratedAt = now,
            Health = report,
            Feeds = Feeds(states, intake),
            Stories = latest,
            Deliveries = ledger.OrderByDescending(d => d.UpdatedAt).Take(MaxDeliveries)
                .Select(d => new DeliveryStatus(d.Key, d.State, d.UpdatedAt, d.Detail is null ? null : Redact.EmailsIn(d.Detail))).ToList(),
            Problems = problems,
        };
    }

    /// <summary>Every catalogue source (fetched or not) and any stored state of a source since removed; failing ones first.</summary>
    private List<FeedStatus> Feeds(IReadOnlyList<FeedState> states, IReadOnlyDictionary<string, int> intake)
    {
        var byId = states.ToDictionary(s => s.SourceId, StringComparer.Ordinal);
        var list = sources.All.Select(s => Feed(s.Id, s.Name ?? s.Id, s.Enabled, byId.GetValueOrDefault(s.Id), intake)).ToList();
        var known = sources.All.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        list.AddRange(states.Where(s => !known.Contains(s.SourceId)).Select(s => Feed(s.SourceId, "(not in the catalogue)", false, s, intake)));
        return list.OrderByDescending(f => f.Failing).ThenByDescending(f => f.ConsecutiveFailures).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
    }

    private static FeedStatus Feed(string id, string name, bool enabled, FeedState? state, IReadOnlyDictionary<string, int> intake) => new()
    {
        Id = id, Name = name, Enabled = enabled,
        LastSuccess = state?.Health.LastSuccess, LastAttempt = state?.Health.LastAttempt, LastError = state?.Health.LastError,
        LastStatus = state?.Health.LastStatus, ConsecutiveFailures = state?.Health.ConsecutiveFailures ?? 0,
        NextDue = state is null || state.Health.NextDue == default ? null : state.Health.NextDue,
        IllFormed = state?.Health.IllFormed ?? false, NewItems24h = intake.GetValueOrDefault(id),
    };

    private static async Task<T> Try<T>(Func<Task<T>> read, T fallback, string what, List<string> problems)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or InvalidOperationException or FormatException)
        {
            problems.Add($"{what} could not be read: {ex.GetBaseException().Message}");
            return fallback;
        }
    }
}
