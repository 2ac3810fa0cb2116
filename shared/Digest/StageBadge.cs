using Alerts.Detect;

namespace Alerts.Digest;

/// <summary>
/// The stage label shown next to a headline. Labels and colours come from this fixed table only, never from
/// feed text, so no style value can be influenced by a feed.
/// </summary>
public sealed record StageBadge(string Label, string Background, string Foreground, string CardColor)
{
    private static readonly StageBadge Talks = new("Talks", "#fff4ce", "#7a5b00", "Warning");
    private static readonly StageBadge Confirmed = new("Confirmed", "#dff6dd", "#0e6b0e", "Good");
    private static readonly StageBadge Imposed = new("Imposed", "#fde7e9", "#a4262c", "Attention");
    private static readonly StageBadge Eased = new("Eased", "#deecf9", "#004e8c", "Accent");
    private static readonly StageBadge Discussed = new("Discussed", "#f3f2f1", "#484644", "Default");

    public static IReadOnlyList<StageBadge> For(DigestStory story)
    {
        var badges = new List<StageBadge>(2);
        var release = story.ReleaseStage?.Trim().ToLowerInvariant() switch
        {
            ReleaseStage.Talks => Talks,
            ReleaseStage.Confirmed => Confirmed,
            _ => null,
        };
        if (release != null) badges.Add(release);
        var sanctions = story.SanctionsAction?.Trim().ToLowerInvariant() switch
        {
            SanctionsAction.Imposed => Imposed,
            SanctionsAction.Eased => Eased,
            SanctionsAction.Discussed => Discussed,
            _ => null,
        };
        if (sanctions != null) badges.Add(sanctions);
        return badges;
    }
}
