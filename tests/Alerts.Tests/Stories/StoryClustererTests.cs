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

    private static (DetectInput, Detection) WithCount((DetectInput Input, Detection Detection) item, int? count) =>
        (item.Input, item.Detection with { ReleasedCount = count });

    [Fact]
    public async Task A_confirmed_release_three_days_after_the_talks_is_a_new_event_in_the_same_thread()
    {
        var talks = Item("talks-uk", "uk", "2025-12-10",
            "США та Білорусь домовляються про звільнення 123 політв'язнів",
            "Спецпосланник США Джон Коул веде переговори в Мінську про звільнення 123 політв'язнів, серед них Алесь Бяляцкі.",
            Release, ReleaseStage.Talks);
        var freed = Item("freed-uk", "uk", "2025-12-13",
            "Білорусь звільнила 123 політв'язнів, серед них Алесь Бяляцкі",
            "Після переговорів зі спецпосланником США Джоном Коулом Мінськ звільнив 123 політв'язнів.",
            Release, ReleaseStage.Confirmed);
        var result = await RunAsync(talks, freed);
        Assert.NotEqual(result[0].StoryId, result[1].StoryId);
        Assert.Equal(result[0].ThreadId, result[1].ThreadId);
        Assert.Equal(StoryChange.Update, result[1].Change);
    }

    [Fact]
    public async Task A_call_after_a_release_with_a_different_figure_is_a_new_event()
    {
        var freed = WithCount(Item("freed-be", "be", "2025-12-13",
            "Бяляцкі сярод 123 вызваленых палітвязняў",
            "Рэжым вызваліў 123 палітвязні, Алеся Бяляцкага вывезлі ў Вільню.",
            Release, ReleaseStage.Confirmed), 123);
        var call = WithCount(Item("call-be", "be", "2025-12-14",
            "Бяляцкі заклікаў вызваліць астатніх палітвязняў",
            "У Вільні Алесь Бяляцкі заклікаў вызваліць яшчэ больш за дзесяць чалавек, якія засталіся ў калоніях.",
            Release, ReleaseStage.Talks), 10);
        var result = await RunAsync(freed, call);
        Assert.NotEqual(result[0].StoryId, result[1].StoryId);
    }

    [Fact]
    public async Task Both_readings_of_one_deal_on_the_same_day_without_conflicting_figures_stay_one_event()
    {
        var talks = Item("deal-de", "de", "2025-01-15",
            "Israel und Hamas einigen sich auf Waffenruhe und Geiselfreilassung",
            "Katar vermittelte die Einigung über die Freilassung von Geiseln und palästinensischen Häftlingen.",
            Release, ReleaseStage.Talks);
        var confirmed = Item("deal-de-2", "de", "2025-01-15",
            "Israel und Hamas einigen sich auf Waffenruhe und Austausch von Geiseln",
            "Katar vermittelte die Einigung über die Freilassung von Geiseln und palästinensischen Häftlingen, teilte Doha mit.",
            Release, ReleaseStage.Confirmed);
        var result = await RunAsync(talks, confirmed);
        Assert.Equal(result[0].StoryId, result[1].StoryId);
    }

    [Fact]
    public async Task An_event_holding_the_other_stage_with_another_figure_is_not_joined_through_an_item_without_a_figure()
    {
        var talks = WithCount(Item("talks-pl", "pl", "2025-11-26",
            "USA i Białoruś rozmawiają o uwolnieniu ponad 100 więźniów politycznych",
            "Administracja Trumpa negocjuje z Mińskiem uwolnienie ponad 100 więźniów politycznych, podają źródła.",
            Release, ReleaseStage.Talks), 100);
        var talksNoFigure = Item("talks-pl-2", "pl", "2025-11-26",
            "USA i Białoruś rozmawiają o uwolnieniu więźniów politycznych",
            "Administracja Trumpa negocjuje z Mińskiem uwolnienie więźniów politycznych, podają źródła.",
            Release, ReleaseStage.Talks);
        var freed = WithCount(Item("freed-pl", "pl", "2025-11-26",
            "Białoruś uwolniła 123 więźniów politycznych po rozmowach z USA",
            "Administracja Trumpa negocjowała z Mińskiem; uwolniono 123 więźniów politycznych, podają źródła.",
            Release, ReleaseStage.Confirmed), 123);
        var result = await RunAsync(talks, talksNoFigure, freed);
        Assert.Equal(result[0].StoryId, result[1].StoryId);
        Assert.NotEqual(result[0].StoryId, result[2].StoryId);
        Assert.Equal(result[0].ThreadId, result[2].ThreadId);
    }

    [Fact]
    public async Task Figures_one_apart_do_not_split_one_event_across_languages()
    {
        var fr = WithCount(Item("dubois-fr", "fr", "2023-03-20",
            "Le journaliste Olivier Dubois libéré au Niger",
            "Enlevé au Mali en 2021, Olivier Dubois est arrivé à Niamey.",
            Release, ReleaseStage.Confirmed), 1);
        var en = WithCount(Item("dubois-en", "en", "2023-03-20",
            "Journalist Olivier Dubois freed in Niger",
            "Olivier Dubois, kidnapped in Mali in 2021, was released in Niamey together with aid worker Jeffery Woodke.",
            Release, ReleaseStage.Confirmed), 2);
        var result = await RunAsync(fr, en);
        Assert.Equal(result[0].StoryId, result[1].StoryId);
    }

    private static StorySignature Sig(string item, string story, int day) => new()
    {
        ItemId = item, StoryId = story, ThreadId = story, Published = new DateTimeOffset(2025, 12, day, 12, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void Each_event_offers_only_its_most_recently_published_items_as_candidates_in_the_order_given()
    {
        IReadOnlyList<StorySignature> recent = [Sig("a1", "A", 1), Sig("b1", "B", 2), Sig("a3", "A", 3), Sig("a2", "A", 2), Sig("a4", "A", 4), Sig("b2", "B", 3)];

        var capped = StoryClusterer.MostRecentPerEvent(recent, 2);

        Assert.Equal(["b1", "a3", "a4", "b2"], capped.Select(s => s.ItemId));
        Assert.Same(recent, StoryClusterer.MostRecentPerEvent(recent, 3 + 1));   // no event over the cap: the list as it is
        // Published at the same moment as the last kept: kept too.
        IReadOnlyList<StorySignature> tied = [Sig("c1", "C", 5), Sig("c2", "C", 1), Sig("c3", "C", 5), Sig("c4", "C", 7), Sig("c5", "C", 2)];
        Assert.Equal(["c1", "c3", "c4"], StoryClusterer.MostRecentPerEvent(tied, 2).Select(s => s.ItemId));
    }

    [Fact]
    public async Task A_copy_is_compared_with_the_latest_items_of_a_big_event_so_it_still_joins_it()
    {
        var clusterer = new StoryClusterer(new InMemoryStoryIndex(), new StorySignatureBuilder(), new StoryOptions { MaxItemsPerEvent = 2 });
        var first = await clusterer.AssignAsync(TalksEn.Item1, TalksEn.Item2);
        // Three more copies of the talks, a day apart each: the event now has four items, two of them candidates.
        for (var i = 0; i < 3; i++)
        {
            var copy = TalksCopy.Item1 with { Id = $"copy-{i}", Published = TalksEn.Item1.Published!.Value.AddHours(6 * (i + 1)) };
            Assert.Equal(first.StoryId, (await clusterer.AssignAsync(copy, TalksCopy.Item2)).StoryId);
        }

        var late = await clusterer.AssignAsync(TalksCopy.Item1 with { Id = "copy-late", Published = TalksEn.Item1.Published!.Value.AddDays(1) }, TalksCopy.Item2);

        Assert.Equal(first.StoryId, late.StoryId);
        Assert.Equal(StoryChange.Repeat, late.Change);
    }
}
