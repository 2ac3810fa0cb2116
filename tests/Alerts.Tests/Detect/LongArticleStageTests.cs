using Alerts.Detect;

namespace Alerts.Tests.Detect;

/// <summary>Full articles, not two-line items: background about earlier releases must not decide the stage.</summary>
public sealed class LongArticleStageTests
{
    private static readonly Detector Detector = Detector.CreateDefault();

    [Fact]
    public void Talks_about_a_new_release_stay_talks_when_later_paragraphs_recall_past_releases()
    {
        var d = Detector.Detect(new DetectInput
        {
            Id = "long-1", Lang = "en",
            Title = "Envoy in talks with Minsk on freeing at least 100 political prisoners",
            Summary = "A US envoy is negotiating with the Belarusian government over the release of at least 100 political prisoners in one deal, officials said. " +
                      "No date has been agreed. The White House declined to comment. Officials described the talks as constructive. " +
                      "Belarus freed 52 people in September. It released 14 detainees in June, among them a US citizen. " +
                      "In an earlier wave, 16 prisoners were pardoned and walked free.",
        });
        Assert.Contains(Topic.PrisonerRelease, d.Topics);
        Assert.Equal(ReleaseStage.Talks, d.ReleaseStage);
    }

    [Fact]
    public void A_release_reported_in_the_headline_is_confirmed_even_when_later_paragraphs_speak_of_more_talks()
    {
        var d = Detector.Detect(new DetectInput
        {
            Id = "long-2", Lang = "en",
            Title = "Belarus frees 123 political prisoners after US lifts potash sanctions",
            Summary = "Belarus released 123 prisoners on Saturday, including a Nobel laureate, who crossed into Lithuania. " +
                      "The envoy said the release followed months of contacts. Officials spoke of further steps. " +
                      "Talks on more releases could follow next year. Negotiators want a bigger deal. Further releases are being discussed.",
        });
        Assert.Equal(ReleaseStage.Confirmed, d.ReleaseStage);
    }
}
