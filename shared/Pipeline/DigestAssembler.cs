using Alerts.Digest;
using Alerts.Storage;

namespace Alerts.Pipeline;

/// <summary>Turns stored stories and their alerts into digest entries: one per story, every outlet listed once.</summary>
public static class DigestAssembler
{
    /// <summary>The story without its sources: enough to match it against preferences.</summary>
    public static DigestStory Summary(StoredStory story, bool isUpdate = false) => new()
    {
        StoryId = story.StoryId,
        Headline = story.Headline,
        Topics = story.Topics,
        ReleaseStage = story.ReleaseStage,
        SanctionsAction = story.SanctionsAction,
        Countries = story.Countries,
        ReleasedCount = story.ReleasedCount,
        Evidence = story.Evidence,
        IsUpdate = isUpdate,
        FirstSeen = story.FirstSeen,
        LastUpdated = story.LastChanged,
    };

    /// <summary>
    /// Most significant first: a done release or an adopted measure outranks talk of one, and a story many
    /// outlets carry outranks a single report. The subject line names the first few, so this order is what a
    /// reader sees before opening the mail.
    /// </summary>
    public static IReadOnlyList<DigestStory> BySignificance(IEnumerable<DigestStory> stories) =>
        stories.OrderByDescending(Significance).ThenByDescending(s => s.LastUpdated).ToList();

    private static int Significance(DigestStory s)
    {
        var stage = s.ReleaseStage == "confirmed" ? 3 : s.SanctionsAction is "imposed" or "eased" ? 2 : s.ReleaseStage == "talks" ? 1 : 0;
        return stage + Math.Min(s.Sources.Count, 5);
    }

    public static DigestStory WithSources(StoredStory story, IReadOnlyList<StoredAlert> alerts, bool isUpdate) =>
        Summary(story, isUpdate) with
        {
            Sources = alerts
                .Where(a => !string.IsNullOrEmpty(a.Link))
                .GroupBy(a => a.SourceName ?? a.SourceId, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.OrderBy(a => a.Published).First())
                .OrderBy(a => a.Published)
                .Select(a => new DigestSource(a.SourceName ?? a.SourceId, a.Link!, a.Title, a.Published))
                .ToList(),
        };
}
