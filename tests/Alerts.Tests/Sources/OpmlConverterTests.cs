using System.Xml.Linq;
using Alerts.Sources;

namespace Alerts.Tests.Sources;

public sealed class OpmlConverterTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sources", "testdata", name));

    [Fact]
    public void Import_reads_nested_folders_as_tags_and_dedupes_by_url()
    {
        var sources = OpmlConverter.Import(Fixture("subscriptions.opml"));

        Assert.Equal(
            ["https://monitor.example.org/rss", "https://minsk-daily.example.net/feed/", "https://treasury.example.gov/actions.xml", "https://novosti.example.ru/rss.xml", "https://minsk-daily.example.net/world/feed"],
            sources.Select(s => s.Url));
        var monitor = sources[0];
        Assert.Equal("rights-monitor", monitor.Id);
        Assert.Equal("Rights Monitor", monitor.Name);
        Assert.Equal(["Belarus", "Prisoners"], monitor.Tags);
        Assert.Equal(["Sanctions", "Official", "US"], sources[2].Tags);
        Assert.Equal("novosti-example-ru", sources[3].Id);
        Assert.Equal("ru", sources[3].Lang);
        Assert.Equal("minsk-daily-2", sources[4].Id);
        Assert.All(sources, s => Assert.Equal(SourceKind.Feed, s.Kind));
        Assert.Empty(SourceValidator.Validate(sources));
    }

    [Fact]
    public void Export_is_opml_2_and_round_trips()
    {
        var original = OpmlConverter.Import(Fixture("subscriptions.opml"));
        var exported = OpmlConverter.Export(original, created: new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));

        var doc = XDocument.Parse(exported);
        Assert.Equal("2.0", doc.Root!.Attribute("version")!.Value);
        Assert.Equal("Sun, 22 Nov 2026 08:00:00 GMT", doc.Root.Element("head")!.Element("dateCreated")!.Value);
        Assert.All(doc.Descendants("outline"), o => Assert.NotNull(o.Attribute("text")));

        var reimported = OpmlConverter.Import(exported);
        Assert.Equal(original.Select(s => (s.Url, s.Name, s.Lang, string.Join("|", s.Tags))),
            reimported.Select(s => (s.Url, s.Name, s.Lang, string.Join("|", s.Tags))));
    }

    [Fact]
    public void Export_leaves_out_page_sources()
    {
        var sources = new[]
        {
            new SourceDefinition { Id = "feed", Url = "https://a.example.org/rss" },
            new SourceDefinition { Id = "page", Kind = SourceKind.Page, Url = "https://b.example.org/news", Selectors = new("//li", ".//a", ".//a/@href") },
        };
        var exported = XDocument.Parse(OpmlConverter.Export(sources));
        Assert.Equal(["https://a.example.org/rss"], exported.Descendants("outline").Select(o => o.Attribute("xmlUrl")!.Value));
    }

    [Theory]
    [InlineData("not xml at all", "well-formed")]
    [InlineData("<rss version=\"2.0\"/>", "<opml>")]
    [InlineData("<opml version=\"2.0\"><head/></opml>", "<body>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml><body><outline text=\"&x;\" xmlUrl=\"https://a.example.org/\"/></body></opml>", "well-formed")]
    public void Bad_documents_get_a_clear_error(string opml, string fragment)
    {
        var ex = Assert.Throws<OpmlFormatException>(() => OpmlConverter.Import(opml));
        Assert.Contains(fragment, ex.Message);
    }
}
