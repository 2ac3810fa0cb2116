using System.Text;
using System.Text.Json.Nodes;
using Alerts.Digest;

namespace Alerts.Tests.Digest;

public class TeamsCardRendererTests
{
    private static JsonObject Card(string payload) => (JsonObject)JsonNode.Parse(payload)!["attachments"]![0]!["content"]!;

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var (_, child) in o) foreach (var d in Objects(child)) yield return d;
                break;
            case JsonArray a:
                foreach (var child in a) foreach (var d in Objects(child)) yield return d;
                break;
        }
    }

    private static List<JsonObject> StoryContainers(string payload) =>
        Card(payload)["body"]!.AsArray().OfType<JsonObject>().Where(o => o["separator"]?.GetValue<bool>() == true).ToList();

    [Fact]
    public void WorkflowsEnvelopeWithAdaptiveCard15()
    {
        var payloads = new TeamsCardRenderer().Render(DigestSamples.Digest(DigestSamples.Story("a", "A", sources: 3)));
        var root = JsonNode.Parse(Assert.Single(payloads))!;
        Assert.Equal("message", root["type"]!.GetValue<string>());
        var attachment = root["attachments"]![0]!.AsObject();
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.True(attachment.ContainsKey("contentUrl"));
        Assert.Null(attachment["contentUrl"]);
        var card = Card(payloads[0]);
        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.StartsWith("http://adaptivecards.io/schemas/", card["$schema"]!.GetValue<string>());
        var story = Assert.Single(StoryContainers(payloads[0]));
        Assert.Equal(3, Objects(story).Count(o => o["type"]?.GetValue<string>() == "Action.OpenUrl" && o.ContainsKey("title")));
        Assert.Contains(Objects(card), o => o["type"]?.GetValue<string>() == "FactSet");
    }

    [Fact]
    public void HostileTextOnlyInPlainTextRunsAndLinksOnlyHttp()
    {
        var payload = Assert.Single(new TeamsCardRenderer().Render(DigestSamples.Digest(DigestSamples.Hostile())));
        var card = Card(payload);
        var objects = Objects(card).ToList();

        Assert.All(objects.Where(o => o.ContainsKey("url")), o => Assert.StartsWith("https://", o["url"]!.GetValue<string>()));
        Assert.DoesNotContain("javascript:alert(9)", payload);
        Assert.DoesNotContain("data:text", payload);
        // Markdown-parsed places (TextBlock, Fact) never carry feed text.
        var markdownText = objects.Where(o => o["type"]?.GetValue<string>() == "TextBlock").Select(o => o["text"]!.GetValue<string>())
            .Concat(objects.Where(o => o.ContainsKey("title") && o.ContainsKey("value")).Select(o => o["value"]!.GetValue<string>()));
        Assert.All(markdownText, t => Assert.DoesNotContain("<", t));
        // The headline is there, verbatim, as a TextRun.
        Assert.Contains(objects, o => o["type"]?.GetValue<string>() == "TextRun" && o["text"]!.GetValue<string>().StartsWith("<script>alert(1)</script>", StringComparison.Ordinal));
        // Serialised JSON escapes markup characters, so the payload is also safe to embed in a page.
        Assert.DoesNotContain("<script", payload);
        // Only our own colour names, never feed values.
        Assert.All(objects.Where(o => o.ContainsKey("color")), o => Assert.Contains(o["color"]!.GetValue<string>(), new[] { "Good", "Warning", "Attention", "Accent", "Default" }));
    }

    [Fact]
    public void LargeDigestsSplitBetweenStoriesUnderTheLimit()
    {
        var stories = Enumerable.Range(1, 60).Select(i => DigestSamples.Story($"s{i:00}", $"Story {i:00}: " + new string('h', 150), update: i % 5 == 0, sources: 6, evidence: 4)).ToArray();
        var payloads = new TeamsCardRenderer().Render(DigestSamples.Digest(stories));

        Assert.True(payloads.Count > 1);
        var seen = new List<string>();
        for (var i = 0; i < payloads.Count; i++)
        {
            Assert.True(Encoding.UTF8.GetByteCount(payloads[i]) <= TeamsCardRenderer.DefaultMaxPayloadBytes, $"part {i + 1} is {Encoding.UTF8.GetByteCount(payloads[i])} bytes");
            var header = Card(payloads[i])["body"]![0]!["items"]![0]!["text"]!.GetValue<string>();
            Assert.Equal($"Alerts digest (part {i + 1}/{payloads.Count})", header);
            foreach (var container in StoryContainers(payloads[i]))
            {
                var headline = Objects(container).First(o => o["size"]?.GetValue<string>() == "Medium")["text"]!.GetValue<string>();
                seen.Add(headline[..8]);
            }
        }
        Assert.Equal(stories.Select(s => s.Headline[..8]), seen);
        // Preferences and unsubscribe close the last part only.
        Assert.Null(Card(payloads[0])["actions"]);
        Assert.NotNull(Card(payloads[^1])["actions"]);
    }

    [Fact]
    public void AStoryTooLargeAloneIsShortenedWithAMoreLine()
    {
        var huge = DigestSamples.Story("huge", "A story with very many outlets", sources: 400, evidence: 200);
        var payloads = new TeamsCardRenderer().Render(DigestSamples.Digest(huge, DigestSamples.Story("b", "B")));
        Assert.All(payloads, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= TeamsCardRenderer.DefaultMaxPayloadBytes));
        var first = StoryContainers(payloads[0])[0];
        var runs = Objects(first).Where(o => o["type"]?.GetValue<string>() == "TextRun").Select(o => o["text"]!.GetValue<string>()).ToList();
        Assert.Contains(runs, r => r.StartsWith(" +", StringComparison.Ordinal) && r.EndsWith(" more", StringComparison.Ordinal));
        Assert.Contains("400 outlets: ", runs);
        Assert.Equal(2, payloads.Sum(p => StoryContainers(p).Count));
    }

    [Fact]
    public void SmallerLimitsSplitSooner()
    {
        var stories = Enumerable.Range(1, 10).Select(i => DigestSamples.Story($"s{i}", $"Story {i}", sources: 3)).ToArray();
        var payloads = new TeamsCardRenderer(maxPayloadBytes: 6000).Render(DigestSamples.Digest(stories));
        Assert.True(payloads.Count >= 3);
        Assert.All(payloads, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= 6000));
        Assert.Equal(10, payloads.Sum(p => StoryContainers(p).Count));
    }

    [Fact]
    public void UpdateMarkerAndBadgeColours()
    {
        var payload = Assert.Single(new TeamsCardRenderer().Render(DigestSamples.Digest(DigestSamples.Story("a", "A", update: true), DigestSamples.Story("b", "B") with { ReleaseStage = "talks" })));
        var containers = StoryContainers(payload);
        var runs0 = Objects(containers[0]).Where(o => o["type"]?.GetValue<string>() == "TextRun").ToList();
        var runs1 = Objects(containers[1]).Where(o => o["type"]?.GetValue<string>() == "TextRun").ToList();
        Assert.Contains(runs0, r => r["text"]!.GetValue<string>() == "UPDATE");
        Assert.DoesNotContain(runs1, r => r["text"]!.GetValue<string>() == "UPDATE");
        var confirmed = runs0.Single(r => r["text"]!.GetValue<string>() == "CONFIRMED")["color"]!.GetValue<string>();
        var talks = runs1.Single(r => r["text"]!.GetValue<string>() == "TALKS")["color"]!.GetValue<string>();
        Assert.NotEqual(confirmed, talks);
    }
}
