using System.Text;
using System.Text.Json;
using Alerts.Feeds;

namespace Alerts.Tests.Feeds;

/// <summary>
/// RSS and Atom are read straight off the XML reader; every other document goes through the element tree. The two
/// paths must give the same feed, field for field, whatever the input: these tests parse each input both ways.
/// </summary>
public class StreamingReaderTests
{
    private static readonly Uri FeedUrl = new("https://desk.example/feeds/world.xml");


    private static string AssertSameBothWays(byte[] bytes, Uri? baseUri = null)
    {
        var streamed = FeedOutcome.Of(new FeedParser(streaming: true), bytes, baseUri);
        var tree = FeedOutcome.Of(new FeedParser(streaming: false), bytes, baseUri);
        Assert.Equal(tree, streamed);
        return streamed;
    }

    private static string AssertSameBothWays(string xml) => AssertSameBothWays(Encoding.UTF8.GetBytes(xml), FeedUrl);

    public static TheoryData<string> TestdataFeeds()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.GetDirectoryName(FeedFixtures.PathOf("rss20.xml"))!).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(TestdataFeeds))]
    public void Every_testdata_feed_parses_the_same_streamed_and_as_a_tree(string name)
    {
        var bytes = FeedFixtures.Bytes(name);

        AssertSameBothWays(bytes);
        AssertSameBothWays(bytes, FeedUrl);
    }

    [Fact]
    public void Items_beside_the_channel_come_after_the_channel_items_and_a_second_channel_is_ignored()
    {
        var json = AssertSameBothWays("""
            <rss version="2.0"><item><title>Before</title></item>
            <channel><title>Desk</title><item><title>Inside</title></item></channel>
            <item><title>After</title></item><channel><item><title>Second channel</title></item></channel></rss>
            """);

        var feed = JsonSerializer.Deserialize<ParsedFeed>(json)!;
        Assert.Equal(["Inside", "Before", "After"], feed.Items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("<rss version=\"0.91\"><title>No channel</title><link>/home</link><item><title>Freed</title><link>a.html</link></item></rss>")]
    [InlineData("<channel><title>Bare channel</title><item><title>Freed</title></item></channel>")]
    [InlineData("<channel><channel><title>Nested</title><item><title>Inner</title></item></channel><item><title>Outer</title></item></channel>")]
    [InlineData("<rss version=\"2.0\"/>")]
    [InlineData("<rss version=\"2.0\"><channel/><item/></rss>")]
    public void Rss_without_the_usual_shape_reads_the_same(string xml)
    {
        AssertSameBothWays(xml);
    }

    [Fact]
    public void Xml_base_and_xml_lang_are_inherited_the_same_way()
    {
        var json = AssertSameBothWays("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/world/" xml:lang="en">
              <title type="html">World &amp;amp; more</title><link href="index.html"/>
              <entry xml:base="2024/" xml:lang="fr"><title>Libérés</title><link href="freed.html"/>
                <content type="xhtml" xml:base="/img/"><div xmlns="http://www.w3.org/1999/xhtml"><p>Photo <img src="a.jpg"/></p></div></content>
                <foo:bar xmlns:foo="urn:x"><deep><deeper>ignored</deeper></deep></foo:bar>
                <dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Ana</dc:creator><updated>2024-11-12T09:30:00Z</updated>
              </entry>
              <entry/>
            </feed>
            """);

        var feed = JsonSerializer.Deserialize<ParsedFeed>(json)!;
        Assert.Equal("https://news.example/world/2024/freed.html", feed.Items[0].Link);
        Assert.Equal("fr", feed.Items[0].Language);
        Assert.Contains("https://news.example/img/a.jpg", feed.Items[0].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Mixed_text_cdata_and_comments_in_a_field_read_the_same()
    {
        AssertSameBothWays(FeedFixtures.Rss(
            "<title>Envoy <!-- note --> in <![CDATA[<b>Doha</b>]]> talks</title><description>One<br/>two <b>bold</b></description>" +
            "<media:group xmlns:media=\"http://search.yahoo.com/mrss/\"><media:content url=\"v.mp4\" medium=\"video\"/></media:group>" +
            "<guid isPermaLink=\"true\">https://desk.example/envoy</guid><pubDate>Tue, 12 Nov 2024 09:30:00 EST</pubDate>"));
    }

    [Fact]
    public void A_document_ill_formed_after_its_first_items_is_recovered_with_every_item()
    {
        var xml = FeedFixtures.Rss("<title>First</title>").Replace("</channel>", "<item><title>Second &nbsp; broken</title></item></channel>", StringComparison.Ordinal);

        var json = AssertSameBothWays(xml);

        var feed = JsonSerializer.Deserialize<ParsedFeed>(json)!;
        Assert.True(feed.IllFormed);
        Assert.Equal(2, feed.Items.Count);
    }

    [Fact]
    public void Nesting_past_the_limit_inside_an_item_is_refused_on_both_paths()
    {
        var deep = string.Concat(Enumerable.Repeat("<x>", 600)) + string.Concat(Enumerable.Repeat("</x>", 600));

        var outcome = AssertSameBothWays(FeedFixtures.Rss("<title>Deep</title><description>" + deep + "</description>"));

        Assert.StartsWith("FeedParseException: refused: elements nested deeper than", outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_past_the_limit_in_a_skipped_atom_element_is_refused_on_both_paths()
    {
        var deep = string.Concat(Enumerable.Repeat("<x>", 600)) + string.Concat(Enumerable.Repeat("</x>", 600));

        var outcome = AssertSameBothWays($"<feed xmlns=\"http://www.w3.org/2005/Atom\"><other xmlns=\"urn:o\">{deep}</other></feed>");

        Assert.StartsWith("FeedParseException: refused: elements nested deeper than", outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_feed_reads_the_same_across_many_reader_buffers()
    {
        var items = string.Concat(Enumerable.Range(0, 400).Select(i =>
            $"<item><title>Prisoner exchange {i} &amp; talks</title><link>/story/{i}</link><description>&lt;p&gt;Paragraph {i} with é and 字&lt;/p&gt;</description><pubDate>Tue, 12 Nov 2024 09:{i % 60:00}:00 GMT</pubDate></item>"));
        var xml = $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Wire</title>{items}</channel></rss>";

        var feed = JsonSerializer.Deserialize<ParsedFeed>(AssertSameBothWays(xml))!;

        Assert.Equal(400, feed.Items.Count);
        Assert.Equal("https://desk.example/story/399", feed.Items[399].Link);
    }

    [Theory]
    [InlineData("<feed xmlns=\"urn:not-atom\"><title>Odd namespace</title><entry><title>Still read</title></entry></feed>")]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><channel><title>R</title></channel><item rdf:about=\"https://r.example/1\"><title>One</title></item></rdf:RDF>")]
    [InlineData("<html><body>Not a feed</body></html>")]
    [InlineData("<catalog><book/></catalog>")]
    public void Roots_left_to_the_tree_path_give_the_same_outcome(string xml)
    {
        AssertSameBothWays(xml);
    }
}
