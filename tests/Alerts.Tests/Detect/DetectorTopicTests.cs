using Alerts.Detect;

namespace Alerts.Tests.Detect;

/// <summary>Positives for both topics in every language, with stage and action. Items are our own wording.</summary>
public class DetectorTopicTests
{
    private static readonly Detector Detector = Detector.CreateDefault();

    private static Detection Run(string lang, string title, string summary) =>
        Detector.Detect(new DetectInput { Id = "t", Lang = lang, Title = title, Summary = summary });

    [Theory]
    [InlineData("en", "Three aid workers freed by rebels after months in captivity", "The hostages were handed to the Red Cross on Tuesday, their employer said.", "confirmed")]
    [InlineData("en", "Kyiv and Moscow agree to swap 500 prisoners of war next week", "Negotiators said the exchange would take place in stages under Turkish mediation.", "talks")]
    [InlineData("ru", "Из плена вернулись 95 украинских военных", "Обмен пленными состоялся при посредничестве Катара, сообщили в Киеве.", "confirmed")]
    [InlineData("ru", "Правозащитники потребовали освободить политзаключенного журналиста", "Репортер осужден на семь лет; организации призывают власти освободить его.", "talks")]
    [InlineData("uk", "З полону звільнено 120 захисників", "Обмін відбувся завдяки посередництву ОАЕ, повідомив Координаційний штаб.", "confirmed")]
    [InlineData("be", "Лукашэнка памілаваў 30 палітвязняў", "Праваабаронцы пацвердзілі, што сярод вызваленых ёсць журналісты.", "confirmed")]
    [InlineData("de", "Journalist nach zwei Jahren Haft im Iran freigelassen", "Der Reporter kam nach Vermittlung Omans frei und ist bereits zurück in Berlin.", "confirmed")]
    [InlineData("fr", "Un otage français libéré au Sahel", "Enlevé par un groupe armé il y a un an, il a été relâché et est arrivé à Niamey.", "confirmed")]
    [InlineData("pl", "Trwają negocjacje w sprawie uwolnienia więźniów politycznych", "Polska apeluje do Mińska o uwolnienie dziennikarza skazanego na osiem lat kolonii.", "talks")]
    public void Flags_prisoner_release_with_stage(string lang, string title, string summary, string stage)
    {
        var d = Run(lang, title, summary);
        Assert.Contains(Topic.PrisonerRelease, d.Topics);
        Assert.Equal(stage, d.ReleaseStage);
        Assert.Null(d.SanctionsAction);
    }

    [Theory]
    [InlineData("en", "Treasury sanctions ten firms supplying Iran's drone programme", "OFAC added the companies to the SDN list and froze their US assets.", "imposed")]
    [InlineData("en", "Washington lifts sanctions on Syrian central bank", "The Treasury removed the bank from its blacklist to help reconstruction.", "eased")]
    [InlineData("en", "Commission proposes new sanctions package against Moscow", "The draft would ban imports of Russian steel; ambassadors will debate it next week.", "discussed")]
    [InlineData("ru", "ЕС ввел санкции против 20 российских компаний", "Совет ЕС утвердил заморозку активов и запрет на въезд.", "imposed")]
    [InlineData("uk", "РНБО запровадила санкції проти 50 російських компаній", "Указ про обмежувальні заходи набув чинності.", "imposed")]
    [InlineData("be", "ЗША знялі санкцыі з беларускай авіякампаніі", "Рашэнне прынята пасля перамоваў у Мінску.", "eased")]
    [InlineData("de", "Ungarn legt Veto gegen neues Sanktionspaket ein", "Die EU-Botschafter konnten sich nicht auf den Entwurf einigen.", "discussed")]
    [InlineData("fr", "L'UE adopte de nouvelles sanctions contre l'Iran", "Les ministres ont approuvé le gel des avoirs de huit responsables.", "imposed")]
    [InlineData("pl", "UE zatwierdziła nowy pakiet sankcji wobec Rosji", "Restrykcje obejmują zakaz importu aluminium.", "imposed")]
    public void Flags_sanctions_with_action(string lang, string title, string summary, string action)
    {
        var d = Run(lang, title, summary);
        Assert.Contains(Topic.Sanctions, d.Topics);
        Assert.Equal(action, d.SanctionsAction);
        Assert.Null(d.ReleaseStage);
    }

    [Fact]
    public void Tags_both_topics_when_release_is_traded_for_relief()
    {
        var d = Run("en", "Minsk frees 40 political prisoners as US lifts sanctions on potash",
            "The prisoners were driven to Lithuania after Washington agreed to ease restrictions on the fertiliser industry.");
        Assert.Equal([Topic.PrisonerRelease, Topic.Sanctions], d.Topics);
        Assert.Equal(ReleaseStage.Confirmed, d.ReleaseStage);
        Assert.Equal(SanctionsAction.Eased, d.SanctionsAction);
        Assert.InRange(d.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Handles_german_compounds_and_french_elision()
    {
        Assert.Contains(Topic.PrisonerRelease, Run("de", "Gefangenenaustausch zwischen Kiew und Moskau", "Hunderte Soldaten kehrten heim.").Topics);
        Assert.Contains(Topic.Sanctions, Run("de", "EU-Sanktionspaket beschlossen", "Die Maßnahmen gelten ab sofort.").Topics);
        Assert.Contains(Topic.PrisonerRelease, Run("fr", "L'échange de prisonniers a eu lieu à Abou Dhabi", "Deux détenus ont été libérés.").Topics);
    }

    [Fact]
    public void Detects_language_when_missing()
    {
        var d = Detector.Detect(new DetectInput { Id = "x", Title = "Україна повернула з полону 90 захисників", Summary = "Обмін відбувся в неділю." });
        Assert.Equal("uk", d.Lang);
        Assert.Contains(Topic.PrisonerRelease, d.Topics);
    }

    [Fact]
    public void Refusal_to_release_is_not_confirmed()
    {
        var d = Run("en", "Moscow refused to release jailed US journalist, lawyers say", "Talks on a possible swap have stalled, the newspaper's lawyers said.");
        Assert.Contains(Topic.PrisonerRelease, d.Topics);
        Assert.Equal(ReleaseStage.Talks, d.ReleaseStage);
    }
}
