using System.Text;
using System.Text.Json;
using Alerts.Cli.Bench;
using Alerts.Feeds;
using Alerts.Feeds.Xml;
using static Alerts.Tests.Feeds.FastXmlDifferential;

namespace Alerts.Tests.Feeds;

/// <summary>
/// Well-formed XML is read by our own scanner before any XmlReader is made. It must build the tree XmlReader builds, or
/// give up and leave the document to XmlReader; these tests read each input both ways, as trees and as parsed feeds.
/// </summary>
public class FastXmlReaderTests
{
    private static readonly Uri FeedUrl = new("https://desk.example/feeds/world.xml");


    /// <summary>The parsed feed with the fast reader equals the feed read with XmlReader alone, streamed and as a tree.</summary>
    private static void AssertSameFeed(byte[] bytes, Uri? baseUri)
    {
        var fast = FeedOutcome.Of(new FeedParser(), bytes, baseUri);
        Assert.Equal(FeedOutcome.Of(new FeedParser(streaming: true), bytes, baseUri), fast);
        Assert.Equal(FeedOutcome.Of(new FeedParser(streaming: false), bytes, baseUri), fast);
    }

    private static Verdict CheckBothWays(string xml)
    {
        AssertSameFeed(Encoding.UTF8.GetBytes(xml), FeedUrl);
        return Check(xml, FeedUrl, "inline document");
    }

    [Theory]
    [MemberData(nameof(StreamingReaderTests.TestdataFeeds), MemberType = typeof(StreamingReaderTests))]
    public void Every_testdata_feed_reads_the_same_with_the_fast_reader(string name)
    {
        var bytes = FeedFixtures.Bytes(name);

        AssertSameFeed(bytes, null);
        AssertSameFeed(bytes, FeedUrl);
        if (name.EndsWith(".xml", StringComparison.Ordinal))
        {
            // Every XML feed we wrote is plain well-formed XML: the fast reader must take it, not hand it on.
            Assert.Equal(Verdict.Same, Check(Decode(bytes), FeedUrl, name));
        }
    }

    [Fact]
    public void The_generated_bench_feeds_take_the_fast_reader()
    {
        foreach (var file in BenchCorpus.Feeds(quick: true))
        {
            Assert.Equal(Verdict.Same, Check(Decode(file.Bytes), FeedUrl, file.Name));
        }
    }

    /// <summary>Well-formed shapes a feed may take that exercise every corner of the reader; the mutation tests damage them too.</summary>
    public static TheoryData<string> OddShapes() =>
    [
        // namespaces: prefixed, default, redeclared and undeclared with xmlns=""
        "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:media='http://search.yahoo.com/mrss/'><entry><title>T</title><media:group><media:content url='a.mp4' medium='video'/></media:group></entry></feed>",
        "<rss version='2.0'><channel><item><title>x</title><body xmlns='http://www.w3.org/1999/xhtml'><p>hi <b xmlns=''>bold</b> <i>it</i></p></body></item></channel></rss>",
        "<rss version='2.0' xmlns:p='urn:one'><channel><p:a p:x='1'><p:b xmlns:p='urn:two' p:x='2'/><p:c/></p:a></channel></rss>",
        "<rss version='2.0' xmlns:itunes='http://www.iTunes.com/DTDs/Podcast-1.0.dtd'><channel><itunes:author>Desk</itunes:author></channel></rss>",
        "<rss version='2.0' xmlns:a='urn:a' xmlns:b='urn:b'><channel a:id='1' b:id='2' id='3'/></rss>",
        // xml:base chains and xml:lang inheritance
        "<feed xmlns='http://www.w3.org/2005/Atom' xml:base='https://news.example/world/' xml:lang='en'><entry xml:base='2024/' xml:lang=' fr '><link href='a.html'/><content xml:base='/img/' xml:lang='  '>x</content></entry><entry xml:base=''><id>1</id></entry></feed>",
        "<rss version='2.0' xml:base='http://a.example/x/'><channel xml:base='../y/'><item xml:base='mailto:desk@a.example'><link>z</link></item></channel></rss>",
        // text, CDATA, comments and processing instructions
        "<rss version='2.0'><channel><title>Envoy <!-- note --> in <![CDATA[<b>Doha</b>]]><![CDATA[]]> talks<?pi x?>.</title></channel></rss>",
        "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<!-- before --><?xml-stylesheet href='s.xsl'?>\n<rss version='2.0'><channel/></rss>\n<!-- after -->\n<?done?>\n",
        "<rss version='2.0'><channel><title>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; ] ]] > x</title></channel></rss>",
        // character references, surrogate pairs, line ends, attribute normalisation
        "<rss version='2.0'><channel><title>&#65;&#x42;&#x00e9;&#x1F600;&#128512;😀 字 \uFEFF</title></channel></rss>",
        "<rss version='2.0'>\r\n<channel>\r\n<title>one\r\ntwo\rthree&#13;&#10;</title><description><![CDATA[a\r\nb\rc]]></description></channel></rss>",
        "<rss version='2.0'><channel><link href='a\tb\nc\r\nd\re&#9;f&#10;g&#13;h &#x20; i'/></channel></rss>",
        "<rss version=\"2.0\"><channel><a x=\"it's\" y='say \"hi\"' z = 'spaced' \n\t w='&lt;&gt;'/></channel></rss>",
        // empty elements and whitespace-only text
        "<rss version='2.0'><channel><title/><link></link><description >  </description><item>\n\t<title>t</title>\n</item></channel></rss >",
        "<rss version='2.0'><channel xml:space='preserve'> <title> </title>\n</channel></rss>",
        "<rss/>",
        "<?xml version='1.0'?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" 'http://my.netscape.com/publish/formats/rss-0.91.dtd'>\n<rss version='0.91'><channel/></rss>",
        "<!DOCTYPE rss SYSTEM \"rss.dtd\" ><!-- c --><rss version='0.91'><channel/></rss>",
        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns='http://purl.org/rss/1.0/'><channel><title>R</title></channel><item rdf:about='https://r.example/1'><title>One</title></item></rdf:RDF>",
        "<catalog><book/></catalog>",
    ];

    [Theory]
    [MemberData(nameof(OddShapes))]
    public void Odd_but_well_formed_shapes_read_the_same_and_take_the_fast_reader(string xml)
    {
        Assert.Equal(Verdict.Same, CheckBothWays(xml));
    }

    [Theory]
    [InlineData("<!DOCTYPE rss [<!ELEMENT rss ANY>]><rss version='2.0'><channel/></rss>")]
    [InlineData("<!DOCTYPE rss PUBLIC \"-//Netscape//DTD RSS 0.91//EN\"><rss version='0.91'><channel/></rss>")]
    [InlineData("<rss version='2.0'><channel><title>a&nbsp;b</title></channel></rss>")]
    [InlineData("<rss version='2.0'><channel><dc:creator>x</dc:creator></channel></rss>")]
    [InlineData("<rss version='2.0'><channel><título>x</título></channel></rss>")]
    [InlineData("<rss version='2.0'><channel><title>a\u0001b</title></channel></rss>")]
    [InlineData("<rss version='2.0'><channel><title>a]]>b</title></channel></rss>")]
    [InlineData("<rss version='2.0'><channel><link href='a<b'/></channel></rss>")]
    [InlineData("<rss version='2.0'><channel a='1' a='2'/></rss>")]
    [InlineData("<rss version='2.0' xmlns:a='urn:x' xmlns:b='urn:x'><channel a:id='1' b:id='2'/></rss>")]
    [InlineData("<rss version='2.0'><channel><title>x</titel></channel></rss>")]
    [InlineData("<rss version='2.0'><channel/></rss><rss/>")]
    [InlineData("<rss version='2.0'><channel/></rss>trailing")]
    [InlineData("<?xml version='1.1'?><rss version='2.0'><channel/></rss>")]
    [InlineData(" <?xml version='1.0'?><rss version='2.0'><channel/></rss>")]
    [InlineData("<rss version='2.0'><channel><title>&#X41;&#0;</title></channel></rss>")]
    [InlineData("<rss version='2.0'><channel><title>a & b</title></channel></rss>")]
    [InlineData("<rss version='2.0'><channel><!-- a -- b --></channel></rss>")]
    [InlineData("<rss version='2.0'><channel><a x='1'y='2'/></channel></rss>")]
    [InlineData("<rss version='2.0'><channel><title>unclosed</title></channel>")]
    [InlineData("<rss version='2.0' xml:space='bogus'><channel/></rss>")]
    public void Documents_it_is_not_sure_of_are_left_to_XmlReader(string xml)
    {
        Assert.Equal(Verdict.GaveUp, CheckBothWays(xml));
    }

    [Fact]
    public void A_byte_order_mark_and_a_legacy_encoding_read_the_same()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>Libérés à Genève</title></channel></rss>";
        AssertSameFeed([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(xml.Replace("windows-1252", "utf-8", StringComparison.Ordinal))], FeedUrl);
        AssertSameFeed(FeedFixtures.Encode(xml, "windows-1252"), FeedUrl);

        Assert.Equal(Verdict.Same, Check(Decode(FeedFixtures.Encode(xml, "windows-1252")), FeedUrl, "windows-1252"));
    }

    [Fact]
    public void Nesting_past_the_limit_is_left_to_XmlReader_which_refuses_it()
    {
        var deep = string.Concat(Enumerable.Repeat("<x>", 600)) + string.Concat(Enumerable.Repeat("</x>", 600));
        var xml = FeedFixtures.Rss("<title>Deep</title><description>" + deep + "</description>");

        Assert.Null(FastXmlTreeReader.TryRead(xml, FeedUrl));
        var error = Assert.Throws<FeedParseException>(() => new FeedParser().Parse(Encoding.UTF8.GetBytes(xml)));
        Assert.StartsWith("refused: elements nested deeper than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ill_formed_feed_is_still_recovered_and_flagged()
    {
        var xml = FeedFixtures.Rss("<title>Second &nbsp; broken</title>");

        var feed = new FeedParser().Parse(Encoding.UTF8.GetBytes(xml));

        Assert.True(feed.IllFormed);
        Assert.Single(feed.Items);
    }
}
