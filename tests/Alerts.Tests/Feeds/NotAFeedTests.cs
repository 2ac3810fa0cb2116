using System.Text;
using Alerts.Feeds;

namespace Alerts.Tests.Feeds;

public class NotAFeedTests
{
    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n\t ", "empty")]
    [InlineData("<!DOCTYPE html><html><head><title>News</title></head><body><p>Hi</p></body></html>", "HTML page")]
    [InlineData("<html><body>Moved <a href=\"/feed\">here</a></body></html>", "HTML page")]
    [InlineData("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", "HTML page")]
    [InlineData("<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>", "the root element is <opml>")]
    [InlineData("Just some plain text about sanctions.", "plain text")]
    [InlineData("[1, 2, 3]", "JSON array")]
    [InlineData("{\"name\": \"not a feed\"}", "JSON without")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", ", "invalid JSON")]
    public void Non_feeds_are_refused_with_a_one_line_reason(string input, string reason)
    {
        var error = Assert.Throws<FeedParseException>(() => new FeedParser().Parse(Encoding.UTF8.GetBytes(input)));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        bytes[0] = 0x89; // PNG-like start

        var error = Assert.Throws<FeedParseException>(() => new FeedParser().Parse(bytes));

        Assert.StartsWith("not a feed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_that_quotes_a_multi_line_piece_of_the_input_is_still_one_line()
    {
        // Our JSON Feed fixture with a slice of itself pasted in the middle, as the mutation property test found it:
        // the JSON error quotes a piece of the input that spans lines.
        var bytes = FeedFixtures.Bytes("jsonfeed11-pasted-slice.json");
        var ex = Assert.Throws<FeedParseException>(() => new FeedParser().Parse(bytes));
        Assert.StartsWith("not a feed: invalid JSON", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.DoesNotContain('\r', ex.Message);
    }
}
