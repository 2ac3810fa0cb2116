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
    /// The headline of the story's current development (its stage or action), in the reader's language when an
    /// outlet wrote in it, else in English, else as first stored: a story covered in four languages is headed in
    /// the one the subscriber reads, whichever copy happened to arrive first.
    /// </summary>
    private static string Headline(StoredStory story, IReadOnlyList<StoredAlert> alerts, IReadOnlyList<string> readerLanguages)
    {
        var current = alerts.Where(a => a.ReleaseStage == story.ReleaseStage && a.SanctionsAction == story.SanctionsAction && a.Title.Length > 0).ToList();
        if (current.Count == 0) return story.Headline;
        foreach (var lang in readerLanguages.Append("en"))
        {
            var match = current.Where(a => string.Equals(a.Lang, lang, StringComparison.OrdinalIgnoreCase)).OrderBy(a => a.Published).FirstOrDefault();
            if (match is not null) return match.Title;
        }
        return story.Headline;
    }

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

    public static DigestStory WithSources(StoredStory story, IReadOnlyList<StoredAlert> alerts, bool isUpdate, IReadOnlyList<string>? readerLanguages = null) =>
        Summary(story, isUpdate) with
        {
            Headline = Headline(story, alerts, readerLanguages ?? []),
            Sources = alerts
                .Where(a => !string.IsNullOrEmpty(a.Link))
                .GroupBy(a => a.SourceName ?? a.SourceId, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.OrderBy(a => a.Published).First())
                .OrderBy(a => a.Published)
                .Select(a => new DigestSource(a.SourceName ?? a.SourceId, a.Link!, a.Title, a.Published))
                .ToList(),
        };
}
