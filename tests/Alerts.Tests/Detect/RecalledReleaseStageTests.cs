using Alerts.Detect;

namespace Alerts.Tests.Detect;

/// <summary>
/// A lede that recalls earlier releases ("has freed dozens in several waves since", "ранее", "bislang") while the news
/// is a negotiation stays talks, in every language; a release reported as news stays confirmed.
/// </summary>
public sealed class RecalledReleaseStageTests
{
    private static readonly Detector Detector = Detector.CreateDefault();

    private static Detection Detect(string lang, string title, string summary) =>
        Detector.Detect(new DetectInput { Id = "recalled-" + lang, Lang = lang, Title = title, Summary = summary });

    [Theory]
    [InlineData("en", "",
        "Washington pushes for one large prisoner release in Belarus. While Minsk has freed dozens of detainees in several waves since Trump took office, US officials want a single deal for well over 100 political prisoners. The talks continue.")]
    [InlineData("en", "Envoy presses Minsk on political prisoners",
        "Belarus had released 52 people, the largest group to date. Officials now seek the freedom of at least 100 political prisoners in one deal.")]
    [InlineData("ru", "Беларусь и США: судьба политзаключенных",
        "Ранее Минск освободил 52 политзаключенных. Вашингтон добивается освобождения еще ста человек.")]
    [InlineData("uk", "Білорусь і США: доля політв'язнів",
        "Раніше Мінськ звільнив 52 політв'язні. Вашингтон вимагає звільнення ще ста людей.")]
    [InlineData("be", "Беларусь і ЗША: лёс палітвязняў",
        "Раней рэжым вызваліў 52 палітвязні. Вашынгтон патрабуе вызвалення яшчэ сотні чалавек.")]
    [InlineData("pl", "USA negocjują uwolnienie więźniów politycznych na Białorusi",
        "Wcześniej Mińsk uwolnił 52 więźniów politycznych. Teraz trwają rozmowy o uwolnieniu kolejnych stu osób.")]
    [InlineData("de", "USA verhandeln mit Minsk über Freilassung politischer Gefangener",
        "Bislang hat Minsk 52 politische Gefangene freigelassen. Nun fordert Washington die Freilassung von weiteren hundert Häftlingen.")]
    [InlineData("fr", "Le Bélarus et les États-Unis : le sort des prisonniers politiques",
        "Auparavant, Minsk a libéré 52 prisonniers politiques. Washington réclame la libération d'une centaine d'autres détenus.")]
    public void Talks_whose_lede_recalls_earlier_releases_stay_talks(string lang, string title, string summary)
    {
        var d = Detect(lang, title, summary);
        Assert.Contains(Topic.PrisonerRelease, d.Topics);
        Assert.Equal(ReleaseStage.Talks, d.ReleaseStage);
    }

    [Theory]
    [InlineData("en", "Belarus frees 30 political prisoners", "They crossed into Lithuania on Saturday. Minsk had previously freed 52 people in September.")]
    [InlineData("ru", "Минск освободил 30 политзаключенных", "Их вывезли в Литву в субботу. Ранее были освобождены еще 52 человека.")]
    public void A_release_reported_as_news_stays_confirmed_beside_a_recollection(string lang, string title, string summary)
    {
        Assert.Equal(ReleaseStage.Confirmed, Detect(lang, title, summary).ReleaseStage);
    }
}
