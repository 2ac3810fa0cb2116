using Alerts.Digest;
using Alerts.Pipeline;
using Alerts.Storage;

namespace Alerts.Tests.Pipeline;

public sealed class DigestAssemblerTests
{
    private static readonly DateTimeOffset T0 = new(2025, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static StoredAlert Alert(string source, string link, int minutes) => new()
    {
        StoryId = "s1", ItemKey = source + minutes, Title = "t", Link = link, SourceId = source, SourceName = source, Published = T0.AddMinutes(minutes),
    };

    [Fact]
    public void Sources_list_each_outlet_once_in_publish_order_and_skip_items_without_links()
    {
        var story = new StoredStory { StoryId = "s1", Headline = "h", Version = 2 };
        var alerts = new[]
        {
            Alert("B", "http://b/2", 30), Alert("A", "http://a/1", 10), Alert("B", "http://b/1", 20), Alert("C", "", 5),
        };
        var entry = DigestAssembler.WithSources(story, alerts, isUpdate: true);
        Assert.Equal(["A", "B"], entry.Sources.Select(s => s.Outlet));
        Assert.Equal("http://b/1", entry.Sources[1].Url);
        Assert.True(entry.IsUpdate);
    }

    [Fact]
    public void Confirmed_releases_and_widely_covered_stories_come_first()
    {
        DigestStory S(string id, string? stage, string? action, int outlets) => new()
        {
            StoryId = id, Headline = id, ReleaseStage = stage, SanctionsAction = action,
            Sources = Enumerable.Range(0, outlets).Select(i => new DigestSource($"o{i}", $"http://o/{i}", "t", T0)).ToList(),
        };
        var ordered = DigestAssembler.BySignificance([
            S("discussed-1", null, "discussed", 1), S("imposed-1", null, "imposed", 1), S("talks-4", "talks", null, 4), S("confirmed-2", "confirmed", null, 2),
        ]);
        Assert.Equal(["talks-4", "confirmed-2", "imposed-1", "discussed-1"], ordered.Select(s => s.StoryId));
    }

    [Fact]
    public void The_headline_is_in_the_readers_language_then_english_from_the_current_development()
    {
        var story = new StoredStory { StoryId = "s1", Headline = "США добиваются освобождения", ReleaseStage = "confirmed" };
        StoredAlert A(string lang, string title, string stage, int minutes) => Alert("o" + minutes, "http://o/" + minutes, minutes) with { Lang = lang, Title = title, ReleaseStage = stage };
        var alerts = new[]
        {
            A("ru", "США добиваются освобождения", "talks", 0), A("en", "US seeks release", "talks", 1),
            A("ru", "Беларусь освободила 123", "confirmed", 60), A("en", "Belarus frees 123", "confirmed", 61), A("de", "Belarus lässt 123 frei", "confirmed", 62),
        };
        Assert.Equal("Belarus frees 123", DigestAssembler.WithSources(story, alerts, false).Headline);
        Assert.Equal("Belarus lässt 123 frei", DigestAssembler.WithSources(story, alerts, false, ["de"]).Headline);
        Assert.Equal("Belarus frees 123", DigestAssembler.WithSources(story, alerts, false, ["pl"]).Headline);
    }
}
