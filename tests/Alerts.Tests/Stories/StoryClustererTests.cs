using Alerts.Detect;
using Alerts.Stories;

namespace Alerts.Tests.Stories;

/// <summary>
/// A thread of our own short items about the 2025 US–Belarus prisoner talks (at least 100 sought, late November) and the
/// release of 123 that followed in December, plus unrelated items that share words with them.
/// </summary>
public class StoryClustererTests
{
    private static readonly string[] Release = [Topic.PrisonerRelease];

    private static (DetectInput, Detection) Item(string id, string lang, string date, string title, string summary, string[] topics, string? stage = null, string? action = null) =>
        (new DetectInput { Id = id, Lang = lang, Title = title, Summary = summary, Published = DateTimeOffset.Parse(date + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture) },
         new Detection { Topics = topics, ReleaseStage = stage, SanctionsAction = action, Lang = lang });

    private static readonly (DetectInput, Detection) TalksEn = Item("talks-en", "en", "2025-11-26",
        "US and Belarus discuss freeing at least 100 political prisoners",
        "Washington is negotiating with Minsk over the release of over 100 political prisoners, three sources told Reuters. Lukashenko freed 52 people in September.",
        Release, ReleaseStage.Talks);

    private static readonly (DetectInput, Detection) TalksRu = Item("talks-ru", "ru", "2025-11-27",
        "США и Беларусь обсуждают освобождение более 100 политзаключённых",
        "Администрация Трампа ведёт переговоры с Минском об освобождении не менее 100 политических заключённых, сообщает Reuters. В сентябре Лукашенко освободил 52 человека.",
        Release, ReleaseStage.Talks);

    private static readonly (DetectInput, Detection) TalksCopy = Item("talks-copy", "en", "2025-11-27",
        "US and Belarus discuss freeing at least 100 political prisoners",
        "Washington is negotiating with Minsk over the release of over 100 political prisoners, three sources told Reuters. Lukashenko freed 52 people in September, the report said.",
        Release, ReleaseStage.Talks);

    private static readonly (DetectInput, Detection) Released = Item("released-123", "en", "2025-12-13",
        "Belarus frees 123 political prisoners after talks with US envoy",
        "Lukashenko pardoned 123 prisoners after two days of talks in Minsk with a US envoy, and Washington lifted curbs on Belarusian potash.",
        Release, ReleaseStage.Confirmed);

    private static readonly (DetectInput, Detection) Unrelated = Item("ve-talks", "en", "2025-11-27",
        "Venezuela opposition urges freedom for political prisoners",
        "Caracas activists called on Maduro's government to release detainees held since the election, saying talks with Washington had stalled.",
        Release, ReleaseStage.Talks);

    private static async Task<List<StoryAssignment>> RunAsync(params (DetectInput Input, Detection Detection)[] items)
    {
        var clusterer = new StoryClusterer(new InMemoryStoryIndex());
        var result = new List<StoryAssignment>();
        foreach (var (input, detection) in items) result.Add(await clusterer.AssignAsync(input, detection));
        return result;
    }

    [Fact]
    public async Task The_same_event_in_two_languages_shares_a_story()
    {
        var result = await RunAsync(TalksEn, TalksRu);
        Assert.Equal(StoryChange.New, result[0].Change);
        Assert.Equal(result[0].StoryId, result[1].StoryId);
        Assert.Equal(StoryChange.Repeat, result[1].Change);
    }

    [Fact]
    public async Task Another_outlets_copy_is_a_repeat()
    {
        var result = await RunAsync(TalksEn, TalksCopy);
        Assert.Equal(result[0].StoryId, result[1].StoryId);
        Assert.Equal(StoryChange.Repeat, result[1].Change);
    }

    [Fact]
    public async Task A_confirmed_release_after_talks_is_a_new_event_in_the_same_thread()
    {
        var result = await RunAsync(TalksEn, TalksRu, Released);
        Assert.NotEqual(result[0].StoryId, result[2].StoryId);
        Assert.Equal(result[0].ThreadId, result[2].ThreadId);
        Assert.Equal(StoryChange.Update, result[2].Change);
    }

    [Fact]
    public async Task Unrelated_events_with_similar_words_stay_apart()
    {
        var result = await RunAsync(TalksEn, Unrelated);
        Assert.NotEqual(result[0].StoryId, result[1].StoryId);
        Assert.NotEqual(result[0].ThreadId, result[1].ThreadId);
        Assert.Equal(StoryChange.New, result[1].Change);
    }

    [Fact]
    public async Task Items_with_no_topic_in_common_never_merge()
    {
        var sanctions = Item("potash", "en", "2025-11-26",
            "US discusses easing sanctions on Belarusian potash",
            "Washington and Minsk discussed lifting curbs on potash exports, three sources told Reuters.",
            [Topic.Sanctions], action: SanctionsAction.Discussed);
        var result = await RunAsync(TalksEn, sanctions);
        Assert.NotEqual(result[0].ThreadId, result[1].ThreadId);
    }

    [Fact]
    public async Task A_new_story_starts_its_own_thread()
    {
        var result = await RunAsync(TalksEn);
        Assert.Equal(result[0].StoryId, result[0].ThreadId);
        Assert.StartsWith("s-20251126-", result[0].StoryId);
    }
}
