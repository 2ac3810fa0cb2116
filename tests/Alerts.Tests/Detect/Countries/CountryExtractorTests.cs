using Alerts.Detect;

namespace Alerts.Tests.Detect.Countries;

public class CountryExtractorTests
{
    private readonly CountryExtractor _extractor = new();

    private IReadOnlyList<string> Extract(string text, string lang = "en") => _extractor.Extract(text, lang);

    [Theory]
    [InlineData("en", "Belarus frees 52 prisoners after talks with the United States", "BY,US")]
    [InlineData("ru", "Власти Беларуси освободили заключённых по просьбе США", "BY,US")]
    [InlineData("ru", "Минск помиловал 16 человек, сообщил Лукашенко", "BY")]
    [InlineData("be", "Лукашэнка вызваліў палітвязняў; іх вывезлі ў Літву", "BY,LT")]
    [InlineData("uk", "Білорусь звільнила політв'язнів після переговорів зі США", "BY,US")]
    [InlineData("uk", "Зеленський: з російського полону повернулися захисники України", "UA,RU")]
    [InlineData("pl", "Białoruś uwolniła więźniów politycznych, Łukaszenka ułaskawił opozycjonistów", "BY")]
    [InlineData("pl", "Unia Europejska przyjęła sankcje wobec Rosji", "EU,RU")]
    [InlineData("de", "Weißrussland lässt Gefangene frei; belarussische Behörden bestätigen den Schritt", "BY")]
    [InlineData("de", "Die Schweiz übernimmt die Sanktionen gegen Russland", "CH,RU")]
    [InlineData("fr", "Le régime biélorusse libère des opposants, Paris salue le geste", "BY,FR")]
    [InlineData("fr", "L'Iran a libéré un Français détenu à Téhéran", "IR,FR")]
    [InlineData("pl", "Grecja i Cypr blokują pakiet; Węgry także", "GR,CY,HU")]
    [InlineData("de", "Österreich und Tschechien begrüßen die Freilassung in Algerien", "AT,CZ,DZ")]
    [InlineData("fr", "Le Maroc et la Tunisie saluent la libération au Mexique", "MA,TN,MX")]
    [InlineData("ru", "Власти Пакистана и Иордании обсудили санкции", "PK,JO")]
    public void Finds_country_names_adjectives_and_inflections_in_every_language(string lang, string text, string expected)
    {
        Assert.Equal(expected.Split(',').Order(), Extract(text, lang).Order());
    }

    [Theory]
    [InlineData("Kremlin rejects the plan", "RU")]
    [InlineData("The White House and the State Department welcomed the step", "US")]
    [InlineData("OFAC designated the network", "US")]
    [InlineData("Kyiv and Moscow swapped prisoners", "UA,RU")]
    [InlineData("Putin and Zelensky spoke by phone", "RU,UA")]
    [InlineData("Maduro's government freed detainees", "VE")]
    [InlineData("The Bundestag debated the bill", "DE")]
    [InlineData("Brussels proposed a new package", "EU")]
    [InlineData("Hong Kong officials were sanctioned", "HK,CN")]
    [InlineData("Trump thanked Lukashenko", "US,BY")]
    public void Capitals_institutions_and_leaders_stand_for_their_country(string text, string expected)
    {
        Assert.Equal(expected.Split(',').Order(), Extract(text).Order());
    }

    [Theory]
    [InlineData("Families bought a turkey for the holiday dinner")]
    [InlineData("Michael Jordan visited the school")]
    [InlineData("Chad Smith released a new album")]
    [InlineData("She won at Indian Wells before the French Open")]
    [InlineData("Pope Francis' namesake, a Franciscan monk, spoke")]
    [InlineData("Australian prime minister Anthony Albanese spoke in Birmingham")]
    [InlineData("")]
    public void Ignores_words_that_only_look_like_countries(string text)
    {
        var found = Extract(text);
        Assert.DoesNotContain("TR", found);
        Assert.DoesNotContain("JO", found);
        Assert.DoesNotContain("TD", found);
        Assert.DoesNotContain("IN", found);
        Assert.DoesNotContain("FR", found);
        Assert.DoesNotContain("AL", found);
        Assert.DoesNotContain("MM", found);
    }

    [Fact]
    public void Georgia_the_country_is_found_when_no_person_name_follows()
    {
        Assert.Contains("GE", Extract("Georgia's parliament passed the law; Tbilisi residents protested"));
    }

    [Fact]
    public void Most_mentioned_country_comes_first()
    {
        var found = Extract("Belarus freed prisoners. Minsk said Lukashenko acted after a US request.");
        Assert.Equal("BY", found[0]);
        Assert.Contains("US", found);
    }

    [Fact]
    public void Covers_un_members_in_english()
    {
        foreach (var (name, code) in new[] { ("Eswatini", "SZ"), ("Kiribati", "KI"), ("Bhutan", "BT"), ("Suriname", "SR"), ("Papua New Guinea", "PG"), ("Equatorial Guinea", "GQ"), ("Guinea-Bissau", "GW") })
        {
            Assert.Equal([code], Extract($"Officials in {name} said so."));
        }
    }

    [Fact]
    public void Is_safe_to_share_between_threads()
    {
        var results = Enumerable.Range(0, 200).AsParallel().Select(i => Extract(i % 2 == 0 ? "Minsk and Washington agreed" : "Париж и Берлин")).ToList();
        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Equal(["BY", "US"], r.Order()));
        Assert.All(results.Where((_, i) => i % 2 == 1), r => Assert.Equal(["DE", "FR"], r.Order()));
    }
}
