using Alerts.Detect;
using Alerts.Stories;

namespace Alerts.Pipeline;

/// <summary>
/// Clustering is a stream: each item is compared with the stories assigned before it. The host runs a queue
/// batch concurrently, so without this two copies of one event analysed at the same moment would each find
/// an empty index and open two stories. Assignments in one process therefore take turns; they are cheap
/// (a table query and an insert), so the cost is small next to fetching and detection.
/// </summary>
public sealed class SerializedStoryClusterer(IStoryClusterer inner) : IStoryClusterer
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async Task<StoryAssignment> AssignAsync(DetectInput item, Detection detection, CancellationToken cancellationToken = default)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await inner.AssignAsync(item, detection, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _turn.Release();
        }
    }
}
