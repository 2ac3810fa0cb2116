using Alerts.Detect;
using Alerts.Detect.Countries;

namespace Alerts.Tests.Detect.Countries;

public class SharedTokenisationTests
{
    [Fact]
    public void The_shared_tokenisation_equals_a_fresh_one_and_follows_the_text()
    {
        var first = "Belarus freed 14 prisoners, Lithuania said.";
        var second = "France and Germany eased sanctions.";
        Assert.Equal(FoldedText.Tokenize(first).Select(t => t.Text), FoldedText.TokenizeShared(first).Select(t => t.Text));
        Assert.Same(FoldedText.TokenizeShared(first), FoldedText.TokenizeShared(first));
        Assert.Equal(FoldedText.Tokenize(second).Select(t => t.Text), FoldedText.TokenizeShared(second).Select(t => t.Text));
    }

    [Fact]
    public void Extractors_called_in_turn_on_different_texts_answer_for_each_text()
    {
        var countries = new CountryExtractor();
        var counts = new ReleasedCountExtractor();
        Assert.Equal(["BY"], countries.Extract("Belarus freed 14 political prisoners.", "en"));
        Assert.Equal(14, counts.Extract("Belarus freed 14 political prisoners.", "en"));
        Assert.Equal(["FR"], countries.Extract("France freed 3 detained aid workers.", "en"));
        Assert.Equal(3, counts.Extract("France freed 3 detained aid workers.", "en"));
    }
}
