using Alerts.Observability;
using Alerts.Storage;
using Alerts.Subscribers;
using Microsoft.Extensions.Logging;

namespace Alerts.Pipeline;

/// <summary>
/// SendDigests: for each subscriber whose cadence is due, the stories that developed since its cursor and
/// that it has not received at their current version. The delivery key is subscriber plus window start, and
/// the window start only moves when a delivery completes, so a lost or repeated message never skips or doubles a digest.
/// </summary>
public sealed class SendDigestsService(
    ISubscriberStore subscribers, StoryStore stories, DeliveryStateStore deliveries, DigestOptions options,
    TimeProvider time, ILogger<SendDigestsService> log)
{
    public async Task<IReadOnlyList<DeliveryMessage>> RunAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var windowEnd = now - options.SettleTime;
        var messages = new List<DeliveryMessage>();
        var active = await subscribers.ListActiveAsync(ct).ConfigureAwait(false);
        foreach (var s in active)
        {
            if (s.Health == ChannelHealth.Failing) continue;
            var cursor = await deliveries.GetCursorAsync(s.Id, ct).ConfigureAwait(false)
                         ?? new DigestCursor { SubscriberId = s.Id, Cursor = (s.Confirmed ?? s.Created) - options.FirstDigestLookback };
            if (cursor.PendingKey is { } pending)
            {
                if (now - (cursor.PendingSince ?? now) < options.PendingLease) continue;
                // The delivery message was lost (or is stuck): queue the same key again; the ledger keeps it single.
                messages.Add(Message(s, pending, cursor.Cursor, windowEnd, await StoryIdsAsync(s, cursor.Cursor, windowEnd, ct).ConfigureAwait(false)));
                await deliveries.SaveCursorAsync(cursor with { PendingSince = now }, ct).ConfigureAwait(false);
                continue;
            }
            if (s.Preferences.NextDue(cursor.LastSentAt, now) > now) continue;
            var ids = await StoryIdsAsync(s, cursor.Cursor, windowEnd, ct).ConfigureAwait(false);
            if (ids.Count == 0)
            {
                // Empty digests are not sent; the window is empty up to windowEnd, so the cursor moves on.
                await deliveries.SaveCursorAsync(cursor with { Cursor = windowEnd > cursor.Cursor ? windowEnd : cursor.Cursor }, ct).ConfigureAwait(false);
                continue;
            }
            var key = $"digest:{s.Id}:{cursor.Cursor.UtcTicks}";
            await deliveries.SaveCursorAsync(cursor with { PendingKey = key, PendingSince = now }, ct).ConfigureAwait(false);
            messages.Add(Message(s, key, cursor.Cursor, windowEnd, ids));
        }
        log.LogInformation(LogEvents.DigestsScheduled, "SendDigests subscribers={Subscribers} digests={Digests}", active.Count, messages.Count);
        return messages;
    }

    private async Task<IReadOnlyList<string>> StoryIdsAsync(Subscriber s, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var changed = await stories.ChangedBetweenAsync(from, to, ct).ConfigureAwait(false);
        var matching = changed.Where(st => PreferenceFilter.Matches(DigestAssembler.Summary(st), s.Preferences, st.Langs)).ToList();
        var sent = await deliveries.SentVersionsAsync(s.Id, matching.Select(m => m.StoryId), ct).ConfigureAwait(false);
        return matching.Where(m => !sent.TryGetValue(m.StoryId, out var v) || v < m.Version).Select(m => m.StoryId).ToList();
    }

    private static DeliveryMessage Message(Subscriber s, string key, DateTimeOffset from, DateTimeOffset to, IReadOnlyList<string> ids) => new()
    {
        DeliveryKey = key,
        SubscriberId = s.Id,
        Channel = s.Channel == Channel.Teams ? DeliveryChannel.Teams : DeliveryChannel.Email,
        WindowStart = from,
        WindowEnd = to,
        StoryIds = ids,
    };
}

public sealed class DigestOptions
{
    /// <summary>Stories newer than now minus this wait for the next digest, so a story being written is not half-read.</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>A queued digest not completed within this is queued again under the same key.</summary>
    public TimeSpan PendingLease { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>How far before confirmation a new subscriber's first digest reaches back.</summary>
    public TimeSpan FirstDigestLookback { get; set; } = TimeSpan.FromHours(24);
}
