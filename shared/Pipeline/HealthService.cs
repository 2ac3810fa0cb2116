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
            var queues = new List<QueueDepth>();
            foreach (var q in StorageClients.Queues)
            {
                var depth = (await storage.Queue(q).GetPropertiesAsync(ct).ConfigureAwait(false)).Value.ApproximateMessagesCount;
                var poison = await PoisonDepthAsync(q, ct).ConfigureAwait(false);
                queues.Add(new QueueDepth(q, depth, poison));
            }
            var enabled = sources.All.Where(s => s.Enabled).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var broken = (await feeds.ListAsync(ct).ConfigureAwait(false))
                .Where(f => enabled.Contains(f.SourceId) && f.IsBroken)
                .Select(f => new BrokenFeed(f.SourceId, f.Health.ConsecutiveFailures, f.Health.LastError, f.Health.LastSuccess, f.Health.NextDue))
                .OrderByDescending(f => f.ConsecutiveFailures).ToList();
            var failing = (await subscribers.ListAsync(ct).ConfigureAwait(false))
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

    private async Task<int> PoisonDepthAsync(string queue, CancellationToken ct)
    {
        var poison = storage.Queue(QueueNames.Poison(queue));
        if (!(await poison.ExistsAsync(ct).ConfigureAwait(false)).Value) return 0;
        return (await poison.GetPropertiesAsync(ct).ConfigureAwait(false)).Value.ApproximateMessagesCount;
    }
}
