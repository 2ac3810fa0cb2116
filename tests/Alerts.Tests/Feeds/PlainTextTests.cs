using Alerts.Feeds.Text;

namespace Alerts.Tests.Feeds;

public class PlainTextTests
{
    [Theory]
    [InlineData("Envoy freed after talks", "Envoy freed after talks")]
    [InlineData("  Envoy freed ", "Envoy freed")]
    [InlineData("Envoy  freed", "Envoy freed")]
    [InlineData("Envoy\tfreed\r\nafter", "Envoy freed after")]
    [InlineData("Envoy\u00A0freed\u2003after\u3000talks", "Envoy freed after talks")]
    [InlineData("Envoy \n freed", "Envoy freed")]
    [InlineData("\n", "")]
    [InlineData("", "")]
    [InlineData("字 释放", "字 释放")]
    public void Collapse_spaces_trims_and_makes_every_run_of_white_space_one_plain_space(string text, string expected)
    {
        Assert.Equal(expected, PlainText.CollapseSpaces(text));
    }

    [Fact]
    public void Text_that_needs_no_change_is_returned_as_is()
    {
        var text = "Sanctions eased on fertiliser exports, officials said.";

        Assert.Same(text, PlainText.CollapseSpaces(text));
    }
}
