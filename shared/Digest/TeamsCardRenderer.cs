using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Alerts.Digest;

/// <summary>
/// Renders a digest as Teams Workflows webhook payloads (an Adaptive Card 1.5 in a message attachment).
/// Teams refuses payloads over about 28 KB, so stories are packed into as many messages as needed, split
/// between stories; a story too large on its own is shortened (fewer phrases and links, "+N more").
/// </summary>
public sealed class TeamsCardRenderer(int maxPayloadBytes = TeamsCardRenderer.DefaultMaxPayloadBytes) : ITeamsCardRenderer
{
    public const int DefaultMaxPayloadBytes = 28 * 1024;

    // Escapes HTML-sensitive characters but keeps other scripts readable, so Cyrillic does not grow sixfold.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // The header of the longest part label the packer allows for ("part 999/999").
    private const string PartPlaceholder = " (part 999/999)";

    public IReadOnlyList<string> Render(DigestDocument digest)
    {
        var stories = digest.Stories.Select(s => Fit(s, digest)).ToList();
        var parts = Pack(stories, digest);
        var payloads = new List<string>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var label = parts.Count == 1 ? "" : $" (part {i + 1}/{parts.Count})";
            payloads.Add(Serialize(Payload(digest, parts[i], label, last: i == parts.Count - 1)));
        }
        return payloads;
    }

    public static int Utf8Size(string payload) => Encoding.UTF8.GetByteCount(payload);

    private List<List<JsonObject>> Pack(List<JsonObject> stories, DigestDocument digest)
    {
        var baseSize = Size(Payload(digest, [], PartPlaceholder, last: true));
        var parts = new List<List<JsonObject>> { new() };
        var used = baseSize;
        foreach (var story in stories)
        {
            // +1 for the comma between array elements.
            var size = Size(story) + 1;
            if (parts[^1].Count > 0 && used + size > maxPayloadBytes)
            {
                parts.Add([]);
                used = baseSize;
            }
            parts[^1].Add(story);
            used += size;
        }
        return parts;
    }

    /// <summary>The story as large as fits alone in one payload.</summary>
    private JsonObject Fit(DigestStory story, DigestDocument digest)
    {
        var room = maxPayloadBytes - Size(Payload(digest, [], PartPlaceholder, last: true)) - 1;
        var full = TeamsStoryCard.Build(story);
        if (Size(full) <= room) return full;

        int evidence = story.Evidence.Count, sources = story.Sources.Count, text = 400;
        while (true)
        {
            evidence = Math.Max(1, evidence / 2);
            sources = Math.Max(1, sources / 2);
            if (evidence == 1 && sources == 1) text = Math.Max(40, text / 2);
            var trimmed = TeamsStoryCard.Build(story, evidence, sources, text);
            if (Size(trimmed) <= room || text == 40) return trimmed;
        }
    }

    private static JsonObject Payload(DigestDocument digest, IReadOnlyList<JsonObject> stories, string partLabel, bool last)
    {
        // JsonArray(params JsonNode[]) rather than collection initializers, which bind to the reflection-based Add<T>.
        var body = new JsonArray(
            new JsonObject
            {
                ["type"] = "Container",
                ["style"] = "emphasis",
                ["bleed"] = true,
                ["items"] = new JsonArray(
                    new JsonObject { ["type"] = "TextBlock", ["text"] = "Alerts digest" + partLabel, ["weight"] = "Bolder", ["size"] = "Large", ["wrap"] = true },
                    new JsonObject { ["type"] = "TextBlock", ["text"] = DigestText.Counts(digest) + " · " + DigestText.Window(digest), ["isSubtle"] = true, ["wrap"] = true, ["spacing"] = "None" }),
            });
        foreach (var story in stories) body.Add(story.DeepClone());

        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = body,
        };
        var actions = new JsonArray();
        if (last && SafeLink.Http(digest.PreferencesUrl?.AbsoluteUri) is { } preferences) actions.Add(TeamsStoryCard.OpenUrl(preferences, "Preferences"));
        if (last && SafeLink.Http(digest.UnsubscribeUrl?.AbsoluteUri) is { } unsubscribe) actions.Add(TeamsStoryCard.OpenUrl(unsubscribe, "Unsubscribe"));
        if (actions.Count > 0) card["actions"] = actions;

        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(
                new JsonObject
                {
                    ["contentType"] = "application/vnd.microsoft.card.adaptive",
                    ["contentUrl"] = null,
                    ["content"] = card,
                }),
        };
    }

    private static string Serialize(JsonNode node) => node.ToJsonString(Json);

    private static int Size(JsonNode node) => Encoding.UTF8.GetByteCount(Serialize(node));
}
