using Alerts.Observability;
using Alerts.Storage;
using Microsoft.Extensions.Logging;

namespace Alerts.Pipeline;

/// <summary>ScheduleFeeds: one feeds-due message per enabled source whose next due time has come.</summary>
public sealed class ScheduleFeedsService(ISourceDirectory sources, FeedStateStore states, TimeProvider time, ILogger<ScheduleFeedsService> log)
{
    /// <summary>A source queued this long ago and still not attempted is queued again (its message was lost).</summary>
    public static readonly TimeSpan QueuedLease = TimeSpan.FromMinutes(15);

    /// <summary>State writes in flight at once.</summary>
    private const int SaveParallelism = 16;

    public async Task<IReadOnlyList<FeedDueMessage>> RunAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var enabled = sources.All.Where(s => s.Enabled).ToList();
        // One query for every state instead of a read per source: the timer fires every few minutes for every source.
        var known = (await states.ListAsync(ct).ConfigureAwait(false)).ToDictionary(s => s.SourceId, StringComparer.Ordinal);
        var due = new List<FeedState>();
        foreach (var source in enabled)
        {
            var state = known.GetValueOrDefault(source.Id) ?? new FeedState { Health = new Fetch.FeedHealth { SourceId = source.Id } };
            if (IsDue(state, now)) due.Add(state);
        }
        // Marked as queued before the messages go out (the host writes them after this returns): a crash in between
        // leaves the sources marked, and the lease brings them back after QueuedLease.
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = SaveParallelism, CancellationToken = ct },
            async (state, token) => await states.MarkScheduledAsync(state.SourceId, now, token).ConfigureAwait(false)).ConfigureAwait(false);
        log.LogInformation(LogEvents.ScheduleDone, "ScheduleFeeds sources={Sources} due={Due}", enabled.Count, due.Count);
        return due.Select(s => new FeedDueMessage(s.SourceId, now)).ToList();
    }

    /// <summary>Due when its next due time has come and it is not already queued and waiting for a FetchFeed.</summary>
    public static bool IsDue(FeedState state, DateTimeOffset now)
    {
        if (state.Health.NextDue > now) return false;
        var queuedAndPending = state.ScheduledAt is { } queued && queued > (state.Health.LastAttempt ?? DateTimeOffset.MinValue)
                               && now - queued < QueuedLease;
        return !queuedAndPending;
    }
}
