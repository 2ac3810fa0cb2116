using Alerts.Digest;

namespace Alerts.Subscribers;

/// <summary>Whether a story belongs in a subscriber's digest. Every list left empty matches everything.</summary>
public static class PreferenceFilter
{
    /// <param name="languages">Languages of the story's items, when known; a story is kept if any matches.</param>
    public static bool Matches(DigestStory story, SubscriberPreferences preferences, IReadOnlyCollection<string>? languages = null)
    {
        if (preferences.Topics.Count > 0 && !story.Topics.Any(t => preferences.Topics.Contains(t, StringComparer.OrdinalIgnoreCase))) return false;
        if (preferences.Countries.Count > 0 && !story.Countries.Any(c => preferences.Countries.Contains(c, StringComparer.OrdinalIgnoreCase))) return false;
        if (preferences.Stages.Count > 0)
        {
            var stages = new[] { story.ReleaseStage, story.SanctionsAction }.OfType<string>();
            if (!stages.Any(s => preferences.Stages.Contains(s, StringComparer.OrdinalIgnoreCase))) return false;
        }
        if (preferences.Languages.Count > 0 && languages is { Count: > 0 }
            && !languages.Any(l => preferences.Languages.Contains(l, StringComparer.OrdinalIgnoreCase))) return false;
        return true;
    }
}
