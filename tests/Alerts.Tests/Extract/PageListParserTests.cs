using Alerts.Extract;

namespace Alerts.Tests.Extract;

public class PageListParserTests
{
    private static readonly Uri PageUrl = new("https://ledger.example/world/");
    private static string Listing => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Extract", "testdata", "listing.html"));
    private readonly PageListParser parser = new();

    [Fact]
    public void Css_selectors_yield_entries_with_absolute_links_dates_and_summaries()
    {
        var entries = parser.Parse(Listing, PageUrl, new PageSelectors("section.latest > article.teaser", "h2.headline", "h2 a", "time, .date", "p.standfirst"));
        Assert.Equal(3, entries.Count);
        Assert.Equal("Harbour city frees two detained sailors", entries[0].Title);
        Assert.Equal("https://ledger.example/news/2026/03/14/sailors-freed", entries[0].Link); // resolved against <base>
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 7, 30, 0, TimeSpan.Zero), entries[0].Published);
        Assert.Equal("The two men had been held for eight months.", entries[0].Summary);
        Assert.Equal("https://ledger.example/world/trade-curbs-eased", entries[1].Link);
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 0, 0, 0, TimeSpan.Zero), entries[1].Published);
        Assert.Equal("https://other.example/story", entries[2].Link);
        Assert.Null(entries[2].Published);
        Assert.True(entries[2].DateMissing);
    }

    [Fact]
    public void Xpath_selectors_work_the_same()
    {
        var entries = parser.Parse(Listing, PageUrl,
            new PageSelectors("//section[@class='latest']/article", ".//h2", ".//h2/a/@href", ".//time", ".//p"));
        Assert.Equal(["Harbour city frees two detained sailors", "Island council eases trade curbs on fuel imports", "Talks on detained fishermen resume"],
            entries.Select(e => e.Title));
        Assert.Equal("https://ledger.example/news/2026/03/14/sailors-freed", entries[0].Link);
    }

    [Fact]
    public void Items_without_a_title_or_link_are_skipped()
    {
        var entries = parser.Parse(Listing, PageUrl, new PageSelectors("article", ".headline", "a"));
        Assert.DoesNotContain(entries, e => e.Title == "Advertisement");
        Assert.Equal(3, entries.Count);
    }

    [Theory]
    [InlineData("div >")]
    [InlineData("> div")]
    [InlineData("a:hover")]
    [InlineData("a ~ b")]
    [InlineData("[href")]
    [InlineData("[href^=x]")]
    [InlineData("a,,b")]
    [InlineData("#")]
    [InlineData("//div[")]
    [InlineData("(//a")]
    public void Bad_selectors_raise_an_error_naming_the_selector(string bad)
    {
        var e = Assert.Throws<SelectorException>(() => parser.Parse(Listing, PageUrl, new PageSelectors(bad, "h2", "a")));
        Assert.Contains(bad, e.Message);
    }

    [Fact]
    public void Bad_inner_selector_is_reported_even_when_no_item_matches()
    {
        var e = Assert.Throws<SelectorException>(() => parser.Parse("<html></html>", PageUrl, new PageSelectors("article", "h2", "a", "time >")));
        Assert.Contains("time >", e.Message);
    }

    [Theory]
    [InlineData("a", false, "//a")]
    [InlineData("*", false, "//*")]
    [InlineData("div.story", true, ".//div[contains(concat(' ', normalize-space(@class), ' '), ' story ')]")]
    [InlineData("#main > p", false, "//*[@id='main']/p")]
    [InlineData("a[href]", false, "//a[@href]")]
    [InlineData("a[rel=author], a[rel=\"me\"]", false, "//a[@rel='author'] | //a[@rel='me']")]
    [InlineData("ul li a", false, "//ul//li//a")]
    public void Css_translation(string css, bool relative, string xpath) =>
        Assert.Equal(xpath, CssSelector.ToXPath(css, relative));
}
