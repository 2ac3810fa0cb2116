using System.Runtime.CompilerServices;
using Alerts.Deliver;
using Alerts.Digest;
using Alerts.Observability;
using Alerts.Storage;
using Alerts.Subscribers;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;

namespace Alerts.Pipeline;

public enum DeliverOutcome { Sent, AlreadySent, Empty, Retrying, Failed, Gone }

/// <summary>
/// Deliver: renders and sends one digest or immediate alert, exactly once per delivery key. Transient
/// failures are not thrown back to the queue (which would poison the message after a few tries); the same
/// message is queued again with a growing delay, for as long as the channel stays down.
/// </summary>
public sealed class DeliverService(
    ISubscriberStore subscribers, StoryStore stories, DeliveryStateStore state, IEmailDigestRenderer emailRenderer,
    ITeamsCardRenderer teamsRenderer, IEmailSender email, ITeamsPoster teams, ISubscriberLinks links,
    QueueClient deliveriesQueue, DeliverOptions options, TimeProvider time, ILogger<DeliverService> log)
{
    public async Task<DeliverOutcome> RunAsync(DeliveryMessage m, CancellationToken ct = default)
    {
        var subscriberHash = DeliveryStateStore.Hash(m.SubscriberId)[..12];
        using var scope = log.BeginScope(new Dictionary<string, object> { ["SubscriberHash"] = subscriberHash, ["Channel"] = m.Channel.ToString() });
        var (claim, previousAttempts) = await state.TryClaimAsync(m.DeliveryKey, options.ClaimLease, ct).ConfigureAwait(false);
        if (claim == ClaimOutcome.Done)
        {
            log.LogInformation(LogEvents.DeliveryDuplicateSkipped, "Deliver key={Key} subscriber={SubscriberHash} already sent or failed: not sent again", KeyForLog(m), subscriberHash);
            return DeliverOutcome.AlreadySent;
        }
        if (claim == ClaimOutcome.HeldByOther)
        {
            // Another copy of this message is being sent right now. Look again after the lease, in case that worker dies.
            await deliveriesQueue.SendMessageAsync(PipelineJson.Serialize(m), visibilityTimeout: options.ClaimLease, cancellationToken: ct).ConfigureAwait(false);
            log.LogInformation(LogEvents.DeliveryDuplicateSkipped, "Deliver key={Key} subscriber={SubscriberHash} being sent by another worker: checking again in {Seconds}s", KeyForLog(m), subscriberHash, (int)options.ClaimLease.TotalSeconds);
            return DeliverOutcome.AlreadySent;
        }
        var sendStarted = new StrongBox<bool>();
        try
        {
            return await DeliverClaimedAsync(m, previousAttempts, subscriberHash, sendStarted, ct).ConfigureAwait(false);
        }
        catch (Exception) when (!sendStarted.Value && !ct.IsCancellationRequested)
        {
            // Failed before anything went out (storage, a corrupt message): give the claim back, so the message's next
            // attempt claims it at once instead of finding it held and waiting out the lease. After a send started the
            // claim stays until its lease ends, since the send may have gone out.
            await ReleaseClaimQuietlyAsync(m.DeliveryKey).ConfigureAwait(false);
            throw;
        }
    }

    private async Task ReleaseClaimQuietlyAsync(string deliveryKey)
    {
        try
        {
            await state.ReleaseClaimAsync(deliveryKey, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            log.LogWarning(LogEvents.DeliveryRetry, "Deliver could not give back its claim ({Error}); the lease expires on its own", ex.GetType().Name);
        }
    }

    private async Task<DeliverOutcome> DeliverClaimedAsync(DeliveryMessage m, int previousAttempts, string subscriberHash, StrongBox<bool> sendStarted, CancellationToken ct)
    {
        var subscriber = await subscribers.GetAsync(m.SubscriberId, ct).ConfigureAwait(false);
        if (subscriber is null || subscriber.Status != SubscriberStatus.Active)
        {
            await state.RecordAsync(m.DeliveryKey, LedgerState.Failed, previousAttempts, "subscriber gone or not active", ct).ConfigureAwait(false);
            await CompleteAsync(m, sent: false, ct).ConfigureAwait(false);
            return DeliverOutcome.Gone;
        }

        var (digest, versions) = await BuildAsync(m, subscriber, ct).ConfigureAwait(false);
        if (digest.Stories.Count == 0)
        {
            await state.RecordAsync(m.DeliveryKey, LedgerState.Sent, previousAttempts, "empty: every story already received", ct).ConfigureAwait(false);
            await CompleteAsync(m, sent: false, ct).ConfigureAwait(false);
            log.LogInformation(LogEvents.DeliveryEmpty, "Deliver key={Key} subscriber={SubscriberHash} empty (stories already received): nothing sent", KeyForLog(m), subscriberHash);
            return DeliverOutcome.Empty;
        }

        var attempts = previousAttempts + 1;
        sendStarted.Value = true;
        var result = subscriber.Channel == Channel.Teams
            ? await SendTeamsAsync(m, subscriber, digest, ct).ConfigureAwait(false)
            : await SendEmailAsync(m, subscriber, digest, ct).ConfigureAwait(false);
        var channel = new KeyValuePair<string, object?>("channel", m.Channel.ToString().ToLowerInvariant());
        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                await state.RecordAsync(m.DeliveryKey, LedgerState.Sent, attempts, result.Detail, ct).ConfigureAwait(false);
                await state.MarkStoriesSentAsync(m.SubscriberId, digest.Stories.Select(s => (s.StoryId, versions[s.StoryId])), ct).ConfigureAwait(false);
                await CompleteAsync(m, sent: true, ct).ConfigureAwait(false);
                if (subscriber.Health != ChannelHealth.Healthy) await subscribers.UpdateAsync(subscriber with { Health = ChannelHealth.Healthy }, ct).ConfigureAwait(false);
                AlertsMetrics.DeliveriesSent.Add(1, channel);
                var latency = RecordLatency(digest);
                log.LogInformation(LogEvents.DeliverySent, "Deliver key={Key} subscriber={SubscriberHash} channel={Channel} stories={Stories} attempts={Attempts} status=sent latencyMs={LatencyMs}",
                    KeyForLog(m), subscriberHash, m.Channel, digest.Stories.Count, attempts, latency);
                return DeliverOutcome.Sent;
            case SendOutcome.Transient:
                var delay = Backoff(attempts, result.RetryAfter);
                await state.RecordAsync(m.DeliveryKey, LedgerState.Sending, attempts, result.Detail, ct).ConfigureAwait(false);
                await deliveriesQueue.SendMessageAsync(PipelineJson.Serialize(m), visibilityTimeout: delay, cancellationToken: ct).ConfigureAwait(false);
                if (subscriber.Health == ChannelHealth.Healthy) await subscribers.UpdateAsync(subscriber with { Health = ChannelHealth.Degraded }, ct).ConfigureAwait(false);
                AlertsMetrics.DeliveriesRetried.Add(1, channel);
                log.LogWarning(LogEvents.DeliveryRetry, "Deliver key={Key} subscriber={SubscriberHash} channel={Channel} attempt={Attempts} transient failure: {Detail}; retry in {DelaySeconds}s",
                    KeyForLog(m), subscriberHash, m.Channel, attempts, result.Detail, (int)delay.TotalSeconds);
                return DeliverOutcome.Retrying;
            default:
                await state.RecordAsync(m.DeliveryKey, LedgerState.Failed, attempts, result.Detail, ct).ConfigureAwait(false);
                await subscribers.UpdateAsync(subscriber with { Health = ChannelHealth.Failing }, ct).ConfigureAwait(false);
                // The cursor stays where it is: once the channel is fixed, the backlog goes out.
                var cursor = await state.GetCursorAsync(m.SubscriberId, ct).ConfigureAwait(false);
                if (cursor?.PendingKey == m.DeliveryKey) await state.SaveCursorAsync(cursor with { PendingKey = null, PendingSince = null }, ct).ConfigureAwait(false);
                AlertsMetrics.DeliveriesFailed.Add(1, channel);
                log.LogError(LogEvents.DeliveryPermanentFailure, "Deliver key={Key} subscriber={SubscriberHash} channel={Channel} permanent failure: {Detail}; channel marked failing",
                    KeyForLog(m), subscriberHash, m.Channel, result.Detail);
                return DeliverOutcome.Failed;
        }
    }

    private async Task<(DigestDocument Digest, Dictionary<string, int> Versions)> BuildAsync(DeliveryMessage m, Subscriber s, CancellationToken ct)
    {
        var sent = await state.SentVersionsAsync(s.Id, m.StoryIds, ct).ConfigureAwait(false);
        var entries = new List<DigestStory>();
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in m.StoryIds.Distinct(StringComparer.Ordinal))
        {
            var story = await stories.GetStoryAsync(id, ct).ConfigureAwait(false);
            if (story is null) continue;
            var had = sent.TryGetValue(id, out var v);
            if (had && v >= story.Version) continue;
            var alerts = await stories.AlertsOfAsync(id, ct).ConfigureAwait(false);
            entries.Add(DigestAssembler.WithSources(story, alerts, isUpdate: had, s.Preferences.Languages));
            versions[id] = story.Version;
        }
        var (unsubscribe, preferences) = links.For(s.Id);
        return (new DigestDocument
        {
            SubscriberId = s.Id, WindowStart = m.WindowStart, WindowEnd = m.WindowEnd, Stories = DigestAssembler.BySignificance(entries),
            UnsubscribeUrl = unsubscribe, PreferencesUrl = preferences, TimeZone = s.Preferences.TimeZone,
        }, versions);
    }

    private Task<SendResult> SendEmailAsync(DeliveryMessage m, Subscriber s, DigestDocument digest, CancellationToken ct)
    {
        var content = emailRenderer.Render(digest);
        return email.SendAsync(new EmailEnvelope
        {
            To = s.Address, Subject = content.Subject, Html = content.Html, Text = content.Text,
            MessageId = $"{DeliveryStateStore.Hash(m.DeliveryKey)}@{options.MessageIdDomain}",
            Headers = ListUnsubscribe.Headers(digest.UnsubscribeUrl!),
        }, ct);
    }

    /// <summary>A card split into parts is sent part by part; each part has its own ledger row, so a retry resends only what did not arrive.</summary>
    private async Task<SendResult> SendTeamsAsync(DeliveryMessage m, Subscriber s, DigestDocument digest, CancellationToken ct)
    {
        var payloads = teamsRenderer.Render(digest);
        for (var i = 0; i < payloads.Count; i++)
        {
            var partKey = $"{m.DeliveryKey}:part{i + 1}of{payloads.Count}";
            if ((await state.GetLedgerAsync(partKey, ct).ConfigureAwait(false))?.State == LedgerState.Sent) continue;
            var result = await teams.PostAsync(new Uri(s.Address), payloads[i], ct).ConfigureAwait(false);
            if (result.Outcome != SendOutcome.Sent) return result;
            await state.RecordAsync(partKey, LedgerState.Sent, 1, result.Detail, ct).ConfigureAwait(false);
        }
        return SendResult.Ok($"{payloads.Count} message(s)");
    }

    private async Task CompleteAsync(DeliveryMessage m, bool sent, CancellationToken ct)
    {
        if (!m.Immediate) await state.CompleteDigestAsync(m.SubscriberId, m.DeliveryKey, m.WindowEnd, sent, ct).ConfigureAwait(false);
    }

    /// <summary>Publish-to-delivery latency of every source item in the digest; returns the median for the log line.</summary>
    private long RecordLatency(DigestDocument digest)
    {
        var now = time.GetUtcNow();
        var latencies = new List<double>();
        foreach (var source in digest.Stories.SelectMany(s => s.Sources))
        {
            if (source.Published is not { } p || p > now) continue;
            var ms = (now - p).TotalMilliseconds;
            AlertsMetrics.EndToEndLatency.Record(ms);
            latencies.Add(ms);
        }
        latencies.Sort();
        return latencies.Count == 0 ? 0 : (long)latencies[latencies.Count / 2];
    }

    private TimeSpan Backoff(int attempts, TimeSpan? retryAfter)
    {
        var seconds = Math.Min(options.MaxRetryDelay.TotalSeconds, options.FirstRetryDelay.TotalSeconds * Math.Pow(2, Math.Min(attempts - 1, 20)));
        seconds *= 0.8 + 0.4 * Random.Shared.NextDouble();
        var delay = TimeSpan.FromSeconds(seconds);
        return retryAfter is { } ra && ra > delay ? (ra > options.MaxRetryDelay ? options.MaxRetryDelay : ra) : delay;
    }

    /// <summary>Delivery keys hold the subscriber id; logs show the kind and a hash instead.</summary>
    private static string KeyForLog(DeliveryMessage m) => $"{(m.Immediate ? "story" : "digest")}:{DeliveryStateStore.Hash(m.DeliveryKey)[..12]}";
}

public sealed class DeliverOptions
{
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>How long a worker's claim on a delivery keeps other copies of the message away; longer than a send takes.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(3);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(15);
    public string MessageIdDomain { get; set; } = "alerts.local";
}
