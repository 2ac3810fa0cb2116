namespace Alerts.Tests.Feeds;

public class MarkupTests
{
    [Fact]
    public void Html_named_entities_are_decoded_even_when_undeclared_in_xml()
    {
        var feed = FeedFixtures.ParseText(FeedFixtures.Rss(
            "<title>Talks&nbsp;resume &mdash; caf&eacute; summit&hellip; &ntilde; &#8217;&#x2019;</title><description>A&nbsp;B &lsquo;q&rsquo;</description>"));
        var item = feed.Items.Single();

        // A no-break space is ordinary spacing in a plain-text title.
        Assert.Equal("Talks resume \u2014 café summit\u2026 ñ \u2019\u2019", item.Title);
        Assert.Equal("A\u00A0B \u2018q\u2019", item.Summary);
        Assert.True(feed.IllFormed);
    }

    [Fact]
    public void Cdata_sections_keep_their_markup_literally()
    {
        var item = FeedFixtures.ParseText(FeedFixtures.Rss(
            "<title><![CDATA[Sanctions <em>eased</em> & reviewed]]></title><description><![CDATA[<p>Officials said <b>yes</b> & more.</p>]]></description>")).Items[0];

        Assert.Equal("Sanctions eased & reviewed", item.Title);
        Assert.Equal("<p>Officials said <b>yes</b> & more.</p>", item.Summary);
    }

    [Fact]
    public void Escaped_markup_becomes_plain_title_and_html_summary()
    {
        var item = FeedFixtures.ParseText(FeedFixtures.Rss(
            "<title>&lt;b&gt;Hostages&lt;/b&gt; freed &amp;amp; home</title><description>&lt;p&gt;Home &lt;i&gt;safe&lt;/i&gt;&lt;/p&gt;</description>")).Items[0];

        Assert.Equal("Hostages freed & home", item.Title);
        Assert.Equal("<p>Home <i>safe</i></p>", item.Summary);
    }

    [Fact]
    public void Raw_markup_in_text_fields_is_kept_as_html_and_flattened_in_titles()
    {
        var item = FeedFixtures.ParseText(FeedFixtures.Rss(
            "<title>Prisoners <b>swapped</b> at dawn</title><description><p>Exchange <a href=\"https://desk.example/x\">completed</a><br/>today</p></description>")).Items[0];

        Assert.Equal("Prisoners swapped at dawn", item.Title);
        Assert.Equal("<p>Exchange <a href=\"https://desk.example/x\">completed</a><br />today</p>", item.Summary);
    }

    [Fact]
    public void Atom_title_types_all_become_plain_text()
    {
        var feed = FeedFixtures.Parse("atom10.xml");

        Assert.Equal("Sanctions & Releases Monitor", feed.Title);
        Assert.Equal("Treasury tightens sanctions on shipping network", feed.Items[0].Title);
    }

    [Fact]
    public void Xml_base_on_feed_and_entry_resolves_relative_links()
    {
        var feed = FeedFixtures.Parse("atom10.xml");

        Assert.Equal("https://monitor.example/", feed.Link);
        Assert.Equal("https://monitor.example/news/2024/treasury-tightens", feed.Items[0].Link);
    }

    [Fact]
    public void Relative_links_resolve_against_the_feed_url_passed_as_base()
    {
        var feed = FeedFixtures.ParseText(
            FeedFixtures.Rss("<title>Ceasefire holds</title><link>/2024/ceasefire</link><enclosure url=\"media/c.mp3\" type=\"audio/mpeg\" length=\"5\"/>")
                .Replace("<link>https://desk.example/</link>", "<link>/</link>", StringComparison.Ordinal),
            baseUri: new Uri("https://news.example/feeds/world.xml"));

        Assert.Equal("https://news.example/", feed.Link);
        Assert.Equal("https://news.example/2024/ceasefire", feed.Items[0].Link);
        Assert.Equal("https://news.example/feeds/media/c.mp3", feed.Items[0].Enclosures[0].Url);
    }

    [Fact]
    public void Json_feed_relative_urls_resolve_against_the_feed_url()
    {
        var feed = FeedFixtures.Parse("jsonfeed10.json");

        Assert.Equal("https://tracker.example/cases/4021", feed.Items[0].Link);
        Assert.Equal("https://tracker.example/", feed.Link);
    }

    [Fact]
    public void Relative_links_inside_summary_and_content_become_absolute()
    {
        var entry = FeedFixtures.Parse("atom10.xml").Items[0];

        Assert.Equal("<p>Eleven vessels were <a href=\"https://monitor.example/news/2024/list.html\">designated</a>.</p>", entry.Summary);
    }

    [Fact]
    public void Absolute_fragment_and_mailto_links_in_content_are_left_alone()
    {
        var html = "<p><a href=\"https://other.example/x\">a</a> <a href=\"#top\">b</a> <a href=\"mailto:desk@x.example\">c</a> <img src=\"img/map.png\" data-src=\"lazy.png\"/></p>";
        var item = FeedFixtures.ParseText(FeedFixtures.Rss($"<title>Links</title><description><![CDATA[{html}]]></description>"),
            baseUri: new Uri("https://desk.example/feed/")).Items[0];

        Assert.Equal(html.Replace("src=\"img/map.png\"", "src=\"https://desk.example/feed/img/map.png\"", StringComparison.Ordinal), item.Summary);
    }
}
