using Alerts.Detect;

namespace Alerts.Tests.Detect;

/// <summary>Every hard-negative family from the labelling rules: trigger words, no topic.</summary>
public class HardNegativeTests
{
    private static readonly Detector Detector = Detector.CreateDefault();

    [Theory]
    // sports bodies
    [InlineData("en", "UEFA sanctions club after racist chanting", "The club must play its next home match behind closed doors, European football's governing body said.")]
    [InlineData("de", "DFB-Sportgericht verhängt Sanktionen gegen Hansa Rostock", "Der Verein muss wegen Pyrotechnik im Stadion 30.000 Euro zahlen.")]
    [InlineData("fr", "La LFP sanctionne Nice de deux matchs à huis clos", "La commission de discipline a puni les fumigènes des supporters.")]
    [InlineData("ru", "КДК наложил санкции на «Локомотив» за поведение болельщиков", "Клуб оштрафован после матча чемпионата.")]
    [InlineData("en", "WADA accepts six-month doping sanction for sprinter", "The athlete will miss the indoor season.")]
    // products and releases of things
    [InlineData("en", "Studio confirms release date for sequel game", "The console title will launch in October; shares rose 4%.")]
    [InlineData("pl", "Premiera nowego albumu zespołu przesunięta", "Wydawca poinformował o nowej dacie wydania płyty.")]
    [InlineData("en", "Government releases report on prison overcrowding", "The report says jails are at 99% capacity.")]
    // ordinary criminal justice
    [InlineData("en", "Man convicted of murder released on parole after 25 years", "The parole board said he no longer posed a risk.")]
    [InlineData("en", "Thousands of inmates freed early to ease overcrowding", "Offenders served 40% of their sentences under the emergency scheme.")]
    [InlineData("ru", "Бывший мэр вышел на свободу по УДО", "Он был осужден за взятку и отбыл две трети срока.")]
    // animals
    [InlineData("en", "Rescued turtles released back into the sea", "The wildlife centre freed 40 animals after treatment.")]
    [InlineData("ru", "В заповеднике выпустили на волю спасенных лосят", "Животные прошли реабилитацию.")]
    // dismissals
    [InlineData("uk", "Кабмін звільнив заступника міністра оборони", "Рішення про звільнення з посади ухвалено на засіданні уряду.")]
    [InlineData("be", "Лукашэнка вызваліў ад пасады міністра адукацыі", "Указ падпісаны ў панядзелак.")]
    [InlineData("ru", "Президент освободил от должности губернатора", "Указ опубликован на портале правовой информации.")]
    // finance swaps and "sanction" meaning approve
    [InlineData("en", "Central bank signs $10bn currency swap with China", "The swap line will support liquidity in yuan.")]
    [InlineData("de", "Ecuador schliesst Debt-for-Nature-Swap ab", "Die Umschuldung setzt Mittel für den Naturschutz frei.")]
    [InlineData("en", "Regulator sanctions new undersea power cable", "The project was approved after a consultation.")]
    public void Does_not_flag(string lang, string title, string summary)
    {
        var d = Detector.Detect(new DetectInput { Id = "n", Lang = lang, Title = title, Summary = summary });
        Assert.Empty(d.Topics);
        Assert.Null(d.ReleaseStage);
        Assert.Null(d.SanctionsAction);
        Assert.Empty(d.Evidence);
    }

    [Fact]
    public void Export_control_charges_in_a_swap_are_background_not_sanctions()
    {
        var d = Detector.Detect(new DetectInput
        {
            Id = "b", Lang = "en",
            Title = "Dancer freed in US-Russia swap",
            Summary = "She was released in exchange for a Russian man extradited to the US on export-control charges.",
        });
        Assert.Equal([Topic.PrisonerRelease], d.Topics);
    }
}
