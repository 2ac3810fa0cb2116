using System.Globalization;
using System.Text.Json.Nodes;

namespace Alerts.Digest;

/// <summary>
/// One story as an Adaptive Card Container. Feed text only ever goes into TextRun (which Teams does not
/// parse as markdown) or an action title, so a feed cannot inject links or formatting; FactSet values,
/// which Teams does parse, hold only our own wording (country names from codes, numbers).
/// The element builders return <see cref="JsonNode"/>: JsonArray.Add then binds to its node overload, not to
/// Add&lt;T&gt;, which serializes by reflection and is not available in the Native AOT handler.
/// </summary>
internal static class TeamsStoryCard
{
    /// <summary>A story's content with at most <paramref name="maxEvidence"/> phrases and <paramref name="maxSources"/> links.</summary>
    public static JsonObject Build(DigestStory story, int maxEvidence = int.MaxValue, int maxSources = int.MaxValue, int maxText = 400)
    {
        var sources = SafeLink.Sources(story);
        var items = new JsonArray();

        var badges = new JsonArray();
        if (story.IsUpdate) badges.Add(Run("UPDATE", color: "Accent", bold: true));
        foreach (var badge in StageBadge.For(story))
        {
            if (badges.Count > 0) badges.Add(Run("  "));
            badges.Add(Run(badge.Label.ToUpperInvariant(), color: badge.CardColor, bold: true));
        }
        if (badges.Count > 0) items.Add(RichText(badges));

        var headline = Run(Cut(DigestSubject.OneLine(story.Headline), maxText), bold: true, size: "Medium");
        if (sources.Count > 0) headline["selectAction"] = OpenUrl(sources[0].Url, null);
        items.Add(RichText([headline]));

        var facts = new JsonArray();
        var countries = CountryNames.Join(story.Countries);
        if (countries.Length > 0) facts.Add(Fact("Countries", countries));
        if (story.ReleasedCount is > 0 and var released) facts.Add(Fact(DigestText.CountLabel(story), released.ToString(CultureInfo.InvariantCulture)));
        if (sources.Count > 0) facts.Add(Fact("Coverage", DigestText.Outlets(sources.Count)));
        if (facts.Count > 0) items.Add(Element("FactSet", "facts", facts));

        if (story.Evidence.Count > 0)
        {
            var runs = new JsonArray { Run("Why flagged: ", bold: true) };
            var shown = story.Evidence.Take(maxEvidence).ToList();
            for (var i = 0; i < shown.Count; i++)
            {
                runs.Add(Run((i > 0 ? " · " : "") + "“" + Cut(DigestSubject.OneLine(shown[i]), maxText) + "”", italic: true));
            }
            if (story.Evidence.Count > shown.Count) runs.Add(Run($" +{story.Evidence.Count - shown.Count} more", subtle: true));
            items.Add(RichText(runs));
        }

        if (sources.Count > 0)
        {
            var runs = new JsonArray { Run(DigestText.Outlets(sources.Count) + ": ", bold: true) };
            var shown = sources.Take(maxSources).ToList();
            for (var i = 0; i < shown.Count; i++)
            {
                if (i > 0) runs.Add(Run(" · "));
                var link = Run(Cut(DigestText.OutletName(shown[i].Source, shown[i].Url), 80), color: "Accent");
                link["selectAction"] = OpenUrl(shown[i].Url, null);
                runs.Add(link);
            }
            if (sources.Count > shown.Count) runs.Add(Run($" +{sources.Count - shown.Count} more", subtle: true));
            items.Add(RichText(runs));

            var actions = new JsonArray();
            foreach (var (source, url) in shown.Take(3))
            {
                actions.Add(OpenUrl(url, "Open " + Cut(DigestText.OutletName(source, url), 40)));
            }
            items.Add(Element("ActionSet", "actions", actions));
        }

        return new JsonObject
        {
            ["type"] = "Container",
            ["separator"] = true,
            ["spacing"] = "Medium",
            ["items"] = items,
        };
    }

    public static JsonNode OpenUrl(string url, string? title)
    {
        var action = new JsonObject { ["type"] = "Action.OpenUrl", ["url"] = url };
        if (title != null) action["title"] = title;
        return action;
    }

    public static JsonNode Run(string text, string? color = null, bool bold = false, bool italic = false, string? size = null, bool subtle = false)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = text };
        if (color != null) run["color"] = color;
        if (bold) run["weight"] = "Bolder";
        if (italic) run["italic"] = true;
        if (size != null) run["size"] = size;
        if (subtle) run["isSubtle"] = true;
        return run;
    }

    public static JsonNode RichText(JsonArray inlines) => new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = inlines };

    private static JsonNode Element(string type, string listName, JsonArray list) => new JsonObject { ["type"] = type, [listName] = list };

    private static JsonNode Fact(string title, string value) => new JsonObject { ["title"] = title, ["value"] = value };

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
