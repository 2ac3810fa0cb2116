using Alerts.Storage;
using Alerts.Subscribers;
using Azure;

namespace Alerts.Pipeline;

public sealed record QueueDepth(string Queue, int Messages, int Poison);

public sealed record BrokenFeed(string SourceId, int ConsecutiveFailures, string? LastError, DateTimeOffset? LastSuccess, DateTimeOffset NextDue);

public sealed record HealthReport
{
    /// <summary>ok, degraded (some feeds broken or channels failing) or unhealthy (storage down, poison messages, most feeds broken).</summary>
    public required string Status { get; init; }
    public bool StorageReachable { get; init; }
    public string? StorageError { get; init; }
    public IReadOnlyList<QueueDepth> Queues { get; init; } = [];
    public IReadOnlyList<BrokenFeed> BrokenFeeds { get; init; } = [];
    public int Feeds { get; init; }
    public IReadOnlyList<string> UnhealthyChannels { get; init; } = [];
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public DateTimeOffset CheckedAt { get; init; }
}

/// <summary>What the Health endpoint reports; an unhealthy report is answered with 503.</summary>
public sealed class HealthService(StorageClients storage, FeedStateStore feeds, ISourceDirectory sources, ISubscriberStore subscribers, TimeProvider time)
{
    public async Task<HealthReport> CheckAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        try
        {
            // Every read at once: the first Health call of a cold instance is what the host waits on.
            var depths = Task.WhenAll(StorageClients.Queues.Select(q => DepthAsync(q, ct)));
            var feedStates = feeds.ListAsync(ct);
            var channels = subscribers.ListAsync(ct);
            // Waits for all three even when one fails, so no read is left running unobserved behind the report.
            await Task.WhenAll(depths, feedStates, channels).ConfigureAwait(false);
            var queues = await depths.ConfigureAwait(false);
            var enabled = sources.All.Where(s => s.Enabled).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var broken = (await feedStates.ConfigureAwait(false))
                .Where(f => enabled.Contains(f.SourceId) && f.IsBroken)
                .Select(f => new BrokenFeed(f.SourceId, f.Health.ConsecutiveFailures, f.Health.LastError, f.Health.LastSuccess, f.Health.NextDue))
                .OrderByDescending(f => f.ConsecutiveFailures).ToList();
            var failing = (await channels.ConfigureAwait(false))
                .Where(s => s.Status == SubscriberStatus.Active && s.Health == ChannelHealth.Failing)
                .Select(s => $"{s.Channel.ToString().ToLowerInvariant()}:{s.MaskedAddress}").ToList();

            var reasons = new List<string>();
            var poisoned = queues.Where(q => q.Poison > 0).ToList();
            if (poisoned.Count > 0) reasons.Add("poison messages in " + string.Join(", ", poisoned.Select(q => $"{q.Queue}-poison ({q.Poison})")));
            if (enabled.Count > 0 && broken.Count * 2 > enabled.Count) reasons.Add($"{broken.Count} of {enabled.Count} feeds failing");
            var unhealthy = reasons.Count > 0;
            if (broken.Count > 0 && !unhealthy) reasons.Add($"{broken.Count} feed(s) failing");
            if (failing.Count > 0) reasons.Add($"{failing.Count} channel(s) failing");
            return new HealthReport
            {
                Status = unhealthy ? "unhealthy" : reasons.Count > 0 ? "degraded" : "ok",
                StorageReachable = true, Queues = queues, BrokenFeeds = broken, Feeds = enabled.Count,
                UnhealthyChannels = failing, Reasons = reasons, CheckedAt = now,
            };
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or AggregateException or TaskCanceledException)
        {
            return new HealthReport
            {
                Status = "unhealthy", StorageReachable = false, StorageError = ex.GetBaseException().Message,
                Reasons = ["storage unreachable"], CheckedAt = now,
            };
        }
    }

    private async Task<QueueDepth> DepthAsync(string queue, CancellationToken ct)
    {
        var depth = storage.Queue(queue).GetPropertiesAsync(ct);
        var poison = PoisonDepthAsync(queue, ct);
        await Task.WhenAll(depth, poison).ConfigureAwait(false);
        return new QueueDepth(queue, (await depth.ConfigureAwait(false)).Value.ApproximateMessagesCount, await poison.ConfigureAwait(false));
    }

    /// <summary>The poison queue's depth; 0 when the host has not created it yet.</summary>
    private async Task<int> PoisonDepthAsync(string queue, CancellationToken ct)
    {
        try
        {
            return (await storage.Queue(QueueNames.Poison(queue)).GetPropertiesAsync(ct).ConfigureAwait(false)).Value.ApproximateMessagesCount;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return 0;
        }
    }
}
