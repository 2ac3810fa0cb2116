using Alerts.Detect;
using Alerts.Storage;
using Alerts.Stories;

namespace Alerts.Pipeline;

/// <summary>
/// Story assignment reads the recent stories and then writes where the item landed. Two function instances doing
/// that for copies of one event at the same moment would each find no story and open two. The read and the write
/// therefore happen under a storage-account-wide lease, so assignments take turns across processes as
/// <see cref="SerializedStoryClusterer"/> makes them take turns within one. Only flagged items get here.
/// </summary>
public sealed class LeasedStoryClusterer(IStoryClusterer inner, BlobLeaseLock lease) : IStoryClusterer
{
    public const string LockName = "story-assignment";

    public async Task<StoryAssignment> AssignAsync(DetectInput item, Detection detection, CancellationToken cancellationToken = default)
    {
        await using var held = await lease.AcquireAsync(cancellationToken).ConfigureAwait(false);
        // A lease lost mid-way (the process stalled past its duration) stops the assignment before it writes;
        // the invocation fails and the queue delivers the item again.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, held.Lost);
        return await inner.AssignAsync(item, detection, linked.Token).ConfigureAwait(false);
    }
}
