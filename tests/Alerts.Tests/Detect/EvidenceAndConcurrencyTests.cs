using Alerts.Detect;

namespace Alerts.Tests.Detect;

public class EvidenceAndConcurrencyTests
{
    private static readonly Detector Detector = Detector.CreateDefault();

    [Theory]
    [InlineData("en", "Hamas frees two hostages in Gaza", "The captives were handed to the Red Cross. Israel released 30 Palestinian prisoners in return.")]
    [InlineData("ru", "США ввели санкции против российских банков", "Минфин заморозил активы десяти банков. Кремль обещал ответ.")]
    [InlineData("fr", "La France salue la libération d'un journaliste détenu en Iran", "Le reporter est rentré à Paris jeudi.")]
    public void Evidence_is_one_to_three_phrases_taken_from_the_text(string lang, string title, string summary)
    {
        var d = Detector.Detect(new DetectInput { Id = "e", Lang = lang, Title = title, Summary = summary });
        Assert.True(d.Flagged);
        Assert.InRange(d.Evidence.Count, 1, 3);
        var text = title + "\n" + summary;
        foreach (var phrase in d.Evidence) Assert.Contains(phrase, text);
    }

    [Fact]
    public void Countries_and_count_come_from_the_extractors()
    {
        var countries = new Moq.Mock<ICountryExtractor>();
        countries.Setup(c => c.Extract(Moq.It.IsAny<string>(), "en")).Returns(["IR", "US"]);
        var counts = new Moq.Mock<IReleasedCountExtractor>();
        counts.Setup(c => c.Extract(Moq.It.IsAny<string>(), "en")).Returns(5);
        var detector = new Detector(countries.Object, counts.Object);
        var d = detector.Detect(new DetectInput { Id = "c", Lang = "en", Title = "Iran frees five American detainees", Summary = "They landed in Doha." });
        Assert.Equal(["IR", "US"], d.Countries);
        Assert.Equal(5, d.ReleasedCount);

        var none = detector.Detect(new DetectInput { Id = "n", Lang = "en", Title = "Storm hits the coast", Summary = "Power is out." });
        Assert.Empty(none.Countries);
        Assert.Null(none.ReleasedCount);
        counts.Verify(c => c.Extract(Moq.It.IsAny<string>(), Moq.It.IsAny<string>()), Moq.Times.Once);
    }

    [Fact]
    public void One_detector_gives_the_same_answers_on_many_threads()
    {
        var inputs = new[]
        {
            new DetectInput { Id = "1", Lang = "en", Title = "EU adopts new sanctions on Russia", Summary = "Assets of 50 people are frozen." },
            new DetectInput { Id = "2", Lang = "uk", Title = "З полону повернули 50 українців", Summary = "Обмін відбувся в суботу." },
            new DetectInput { Id = "3", Lang = "en", Title = "Console release date set", Summary = "The game launches in May." },
        };
        var expected = inputs.Select(i => string.Join(",", Detector.Detect(i).Topics)).ToArray();
        var results = new string[300];
        Parallel.For(0, results.Length, k => results[k] = string.Join(",", Detector.Detect(inputs[k % 3]).Topics));
        for (var k = 0; k < results.Length; k++) Assert.Equal(expected[k % 3], results[k]);
    }
}
