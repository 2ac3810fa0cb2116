using Alerts.Detect;

namespace Alerts.Stories;

/// <summary>Where an item landed: a new story, an update (a later stage of a known story), or a repeat.</summary>
public sealed record StoryAssignment
{
    public required string StoryId { get; init; }
    public required StoryChange Change { get; init; }
    public double Similarity { get; init; }
    /// <summary>
    /// The story thread: every stage of one development (talks, then the confirmed release; a proposal, then the
    /// adopted package) shares it, while <see cref="StoryId"/> names one event. Digests mark an item as an update of
    /// its thread; dedup and scoring use the event. Equals StoryId for the first event of a thread.
    /// </summary>
    public string ThreadId { get; init; } = "";
}

public enum StoryChange
{
    /// <summary>First item of a new event: alert.</summary>
    New,
    /// <summary>A later development of a known story (talks to confirmed, discussed to imposed): alert as an update.</summary>
    Update,
    /// <summary>Another outlet's copy of a known story: add the source, no new immediate alert.</summary>
    Repeat,
}

/// <summary>Assigns flagged items to stories as a stream in published order.</summary>
public interface IStoryClusterer
{
    Task<StoryAssignment> AssignAsync(DetectInput item, Detection detection, CancellationToken cancellationToken = default);
}
