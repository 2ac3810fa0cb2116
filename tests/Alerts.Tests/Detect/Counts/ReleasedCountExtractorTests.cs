using Alerts.Detect;

namespace Alerts.Tests.Detect.Counts;

public class ReleasedCountExtractorTests
{
    private readonly ReleasedCountExtractor _extractor = new();

    private int? Extract(string text, string lang = "en") => _extractor.Extract(text, lang);

    [Theory]
    [InlineData("en", "Belarus frees 52 political prisoners\nThe group crossed into Lithuania.", 52)]
    [InlineData("en", "Kingdom pardons 1,584 detainees\nA royal decree freed them ahead of the holiday.", 1584)]
    [InlineData("en", "Talks on release of more than 100 political prisoners\nWashington is negotiating with Minsk.", 100)]
    [InlineData("en", "Fifty-two prisoners freed\nThey were driven to the border.", 52)]
    [InlineData("ru", "Минск освободил 52 человека\nИх вывезли в Литву.", 52)]
    [InlineData("ru", "Из плена вернулись двое граждан\nОб этом сообщил МИД.", 2)]
    [InlineData("uk", "З полону повернулися 157 українців\nКоордштаб повідомив про обмін.", 157)]
    [InlineData("uk", "Україна повернула 185 військових і 20 цивільних\nОбмін відбувся вранці.", 205)]
    [InlineData("be", "Рэжым вызваліў 14 палітвязняў\nСярод іх замежнікі.", 14)]
    [InlineData("pl", "Białoruś uwolniła dwóch Polaków\nWrócili do kraju.", 2)]
    [InlineData("pl", "Uwolniono 1 584 więźniów\nAmnestia objęła też opozycjonistów.", 1584)]
    [InlineData("de", "Belarus lässt zwei Dutzend Gefangene frei\nDie Häftlinge reisten aus.", 24)]
    [InlineData("de", "1.584 Häftlinge begnadigt\nDer König unterzeichnete das Dekret.", 1584)]
    [InlineData("fr", "Téhéran libère cinq Américains\nLes détenus sont arrivés à Doha.", 5)]
    public void Reads_digits_and_number_words_in_every_language(string lang, string text, int expected)
    {
        Assert.Equal(expected, Extract(text, lang));
    }

    [Theory]
    [InlineData("26 prisoners freed in swap\nSixteen were freed by Russia and ten by the West.", 26)]
    [InlineData("US and Iran each released five detainees\nThe flight landed in Doha.", 10)]
    [InlineData("Karelina freed in exchange for Petrov\nThe swap took place in Abu Dhabi.", 2)]
    [InlineData("Three hostages released\nIsrael released 90 Palestinian prisoners in exchange for their return.", 93)]
    [InlineData("Three hostages released\nIsrael was to free 90 Palestinian prisoners in return later on Sunday.", 3)]
    public void Adds_both_sides_of_a_stated_exchange(string text, int expected)
    {
        Assert.Equal(expected, Extract(text));
    }

    [Theory]
    [InlineData("EU adopts 19th sanctions package\nIt lists 117 more vessels and bans 2027 LNG contracts.")]
    [InlineData("Talks continue on prisoner release\nThe regime holds more than 1,000 political detainees.")]
    [InlineData("Dozens of prisoners freed\nRights groups gave no figure.")]
    [InlineData("В колониях освободили десятки политзаключённых\nЦифры не называют.")]
    [InlineData("Prisoners freed after $6 billion transfer\nThe money reached Qatar in 2023.")]
    [InlineData("")]
    public void Returns_null_when_no_count_of_released_people_is_stated(string text)
    {
        Assert.Null(Extract(text));
    }

    [Fact]
    public void Ignores_years_durations_and_money_next_to_a_real_count()
    {
        Assert.Equal(135, Extract("After 6 years in jail, 135 detainees freed\nThe $20 million deal was signed on 5 September 2024."));
    }

    [Fact]
    public void A_single_named_release_counts_one()
    {
        Assert.Equal(1, Extract("Hamas frees Edan Alexander\nHe was handed to the Red Cross after 584 days."));
    }
}
