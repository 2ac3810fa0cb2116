using Alerts.Observability;
using Alerts.Storage;
using Microsoft.Extensions.Logging;

namespace Alerts.Pipeline;

/// <summary>ScheduleFeeds: one feeds-due message per enabled source whose next due time has come.</summary>
public sealed class ScheduleFeedsService(ISourceDirectory sources, FeedStateStore states, TimeProvider time, ILogger<ScheduleFeedsService> log)
{
    /// <summary>A source queued this long ago and still not attempted is queued again (its message was lost).</summary>
    public static readonly TimeSpan QueuedLease = TimeSpan.FromMinutes(15);

    public async Task<IReadOnlyList<FeedDueMessage>> RunAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var due = new List<FeedDueMessage>();
        var enabled = sources.All.Where(s => s.Enabled).ToList();
        foreach (var source in enabled)
        {
            var state = await states.GetAsync(source.Id, ct).ConfigureAwait(false);
            if (state.Health.NextDue > now) continue;
            var queuedAndPending = state.ScheduledAt is { } queued && queued > (state.Health.LastAttempt ?? DateTimeOffset.MinValue)
                                   && now - queued < QueuedLease;
            if (queuedAndPending) continue;
            due.Add(new FeedDueMessage(source.Id, now));
            await states.SaveAsync(state with { ScheduledAt = now }, ct).ConfigureAwait(false);
        }
        log.LogInformation(LogEvents.ScheduleDone, "ScheduleFeeds sources={Sources} due={Due}", enabled.Count, due.Count);
        return due;
    }
}
