using System.Text;
using Alerts.Feeds;

namespace Alerts.Tests.Feeds;

public class IllFormedRecoveryTests
{
    private static ParsedFeed Recovered(string xml)
    {
        var feed = new FeedParser().Parse(Encoding.UTF8.GetBytes(xml));
        Assert.True(feed.IllFormed);
        Assert.NotEmpty(feed.Problems);
        Assert.All(feed.Problems, p => Assert.DoesNotContain('\n', p));
        return feed;
    }

    [Fact]
    public void Bare_ampersands_stay_as_text()
    {
        var feed = Recovered(FeedFixtures.Rss("<title>Smith & Jones freed</title><link>https://desk.example/a?x=1&y=2</link>"));

        Assert.Equal("Smith & Jones freed", feed.Items[0].Title);
        Assert.Equal("https://desk.example/a?x=1&y=2", feed.Items[0].Link);
        Assert.Contains(feed.Problems, p => p.Contains("bare '&'", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_cdata_ends_at_the_next_end_tag()
    {
        var feed = Recovered(FeedFixtures.Rss("<title>Envoy visits detainees</title><description><![CDATA[<p>Talks continue</p></description><link>https://desk.example/envoy</link>"));

        Assert.Equal("<p>Talks continue</p>", feed.Items[0].Summary);
        Assert.Equal("https://desk.example/envoy", feed.Items[0].Link);
        Assert.Contains(feed.Problems, p => p.Contains("CDATA", StringComparison.Ordinal));
    }

    [Fact]
    public void Undeclared_namespace_prefixes_bind_to_their_usual_namespace()
    {
        var feed = Recovered(FeedFixtures.Rss("<title>Sanctions widened</title><dc:creator>Lena Park</dc:creator><content:encoded>&lt;p&gt;Full text&lt;/p&gt;</content:encoded>"));

        Assert.Equal(["Lena Park"], feed.Items[0].Authors);
        Assert.Equal("<p>Full text</p>", feed.Items[0].Content);
        Assert.Contains(feed.Problems, p => p.Contains("undeclared namespace prefix 'dc'", StringComparison.Ordinal));
    }

    [Fact]
    public void Unclosed_tags_are_closed_by_their_parent()
    {
        var xml = "<rss version=\"2.0\"><channel><title>Desk</title>" +
                  "<item><title>First release</title><link>https://desk.example/1</link>" +
                  "<item><title>Second release</title><description>Open <b>bold</description></item>";
        var feed = Recovered(xml);

        Assert.Equal(2, feed.Items.Count);
        Assert.Equal("https://desk.example/1", feed.Items[0].Link);
        Assert.Equal("Second release", feed.Items[1].Title);
        Assert.Equal("Open <b></b>", feed.Items[1].Summary?.Replace("bold", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Junk_before_the_root_is_dropped()
    {
        var feed = Recovered("Warning: mysql_connect() failed in /var/www/feed.php\n" + FeedFixtures.Rss("<title>Prisoner swap confirmed</title>"));

        Assert.Equal("Prisoner swap confirmed", feed.Items[0].Title);
        Assert.Contains(feed.Problems, p => p.Contains("junk before the root", StringComparison.Ordinal));
    }

    [Fact]
    public void Control_characters_are_removed()
    {
        var feed = Recovered(FeedFixtures.Rss("<title>Talks\u0001 resume\u000B today</title>"));

        Assert.Equal("Talks resume today", feed.Items[0].Title);
        Assert.Contains(feed.Problems, p => p.Contains("control characters", StringComparison.Ordinal));
    }

    [Fact]
    public void Truncated_document_keeps_the_complete_items()
    {
        var full = FeedFixtures.Rss("<title>Complete item</title><link>https://desk.example/ok</link>");
        var truncated = full[..^"</channel></rss>".Length] + "<item><title>Cut off";

        var feed = Recovered(truncated);

        Assert.Equal("Complete item", feed.Items[0].Title);
        Assert.Equal("Cut off", feed.Items[1].Title);
    }

    [Fact]
    public void Well_formed_feeds_are_not_flagged()
    {
        var feed = FeedFixtures.Parse("rss20.xml");

        Assert.False(feed.IllFormed);
        Assert.Empty(feed.Problems);
    }
}
