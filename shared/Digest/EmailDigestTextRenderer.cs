using System.Text;

namespace Alerts.Digest;

/// <summary>The plain-text alternative: the same entries as the HTML, readable in any client.</summary>
internal static class EmailDigestTextRenderer
{
    public static string Render(DigestDocument digest)
    {
        var text = new StringBuilder(2048);
        text.Append("Alerts digest: ").Append(DigestText.Counts(digest)).Append('\n')
            .Append(DigestText.Window(digest)).Append("\n\n");
        if (digest.Stories.Count == 0) text.Append("No new stories in this period.\n\n");

        foreach (var story in digest.Stories)
        {
            var labels = StageBadge.For(story).Select(b => b.Label.ToUpperInvariant()).ToList();
            if (story.IsUpdate) labels.Insert(0, "UPDATE");
            if (labels.Count > 0) text.Append('[').Append(string.Join("] [", labels)).Append("] ");
            text.Append(DigestSubject.OneLine(story.Headline)).Append('\n');

            var facts = DigestText.Facts(story);
            if (facts.Length > 0) text.Append(facts).Append('\n');
            if (story.Evidence.Count > 0)
            {
                text.Append("Why flagged: ")
                    .Append(string.Join(" · ", story.Evidence.Select(e => "“" + DigestSubject.OneLine(e) + "”"))).Append('\n');
            }
            var sources = SafeLink.Sources(story);
            if (sources.Count > 0)
            {
                text.Append(DigestText.Outlets(sources.Count)).Append(":\n");
                foreach (var (source, url) in sources)
                {
                    text.Append("  - ").Append(DigestText.OutletName(source, url)).Append(": ").Append(url).Append('\n');
                }
            }
            text.Append('\n');
        }

        text.Append("--\nYou receive this digest because you subscribed to Alerts.\n");
        if (SafeLink.Http(digest.PreferencesUrl?.AbsoluteUri) is { } preferences) text.Append("Preferences: ").Append(preferences).Append('\n');
        if (SafeLink.Http(digest.UnsubscribeUrl?.AbsoluteUri) is { } unsubscribe) text.Append("Unsubscribe: ").Append(unsubscribe).Append('\n');
        return text.ToString();
    }
}
