using Alerts.Extract;

namespace Alerts.Tests.Extract;

public class ArticleExtractorTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Extract", "testdata", name));

    [Fact]
    public void Keeps_every_article_paragraph_of_a_scraped_page()
    {
        var text = Extractor.Extract(Fixture("scraped-article.html")).Text;
        Assert.Contains("The port authority of Velmar released two foreign sailors on Saturday", text);
        Assert.Contains("weeks of quiet negotiation, mediated by a shipping federation", text);
        Assert.Contains("The families of the men, who had been accused of entering restricted waters", text);
        Assert.Contains("a joint commission would meet next month", text);
    }

    [Theory]
    [InlineData("Storm warning for the bay")] // sidebar list
    [InlineData("World")] // navigation
    [InlineData("Share on Facebook")] // share widget
    [InlineData("Get App")] // app promotion, block and inline
    [InlineData("Subscribe to our newsletter")]
    [InlineData("morning briefing")] // newsletter body
    [InlineData("Marine binoculars")] // affiliate box
    [InlineData("border-radius")] // CSS that leaked into the body as text
    [InlineData("{")]
    [InlineData("dataLayer")] // inline script
    [InlineData("document.write")]
    [InlineData("masthead")] // inline style
    [InlineData("Trawler seized near reef")] // related links
    [InlineData("Finally some good news")] // comments
    [InlineData("We use cookies")]
    [InlineData("All rights reserved")]
    public void Drops_boilerplate(string junk)
    {
        var text = Extractor.Extract(Fixture("scraped-article.html")).Text;
        Assert.DoesNotContain(junk, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Separates_paragraphs_with_blank_lines_and_shows_a_repeated_caption_once()
    {
        var text = Extractor.Extract(Fixture("scraped-article.html")).Text;
        var paragraphs = text.Split("\n\n");
        Assert.True(paragraphs.Length >= 4, text);
        Assert.All(paragraphs, p => Assert.Equal(p.Trim(), p));
        Assert.Equal(1, CountOf(text, "The two sailors walk along the pier"));
        Assert.StartsWith("The port authority of Velmar", text);
    }

    [Fact]
    public void Reads_the_metadata_of_the_fixture()
    {
        var article = Extractor.Extract(Fixture("scraped-article.html"));
        Assert.Equal("Harbour city frees two detained sailors after talks", article.Title);
        Assert.Equal("Mira Talvik", article.Byline);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 7, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(TimeSpan.Zero, article.Published!.Value.Offset);
        Assert.Equal("en-GB", article.Lang);
        Assert.Equal("Coastal Ledger", article.SiteName);
        Assert.Equal("Two sailors held for eight months were released after talks between the two ports.", article.Excerpt);
    }

    [Fact]
    public void Parallel_extractions_agree()
    {
        var html = Fixture("scraped-article.html");
        var expected = Extractor.Extract(html).Text;
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Extractor.Extract(html).Text);
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Empty_and_textless_pages_give_empty_text()
    {
        Assert.Equal("", Extractor.Extract("").Text);
        Assert.Equal("", Extractor.Extract("<html><body><nav><a href='/'>Home</a></nav></body></html>").Text);
    }

    [Fact]
    public void A_wrapper_with_a_boilerplate_name_that_holds_the_article_is_kept()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Paragraph {i}: the delegations met again on the island, and the council said the detained crew would be released within days.</p>"));
        var html = $"<html><body><div id='share-buttons-parent'><div class='text'>{paragraphs}</div>" +
                   "<ul class='share'><li><a href='#'>Share on Facebook</a></li></ul></div>" +
                   "<div class='comments'><p>A reader comment that is long enough to count as a paragraph of prose, with commas, too.</p></div></body></html>";
        var text = Extractor.Extract(html).Text;
        Assert.Contains("Paragraph 1:", text);
        Assert.Contains("Paragraph 6:", text);
        Assert.DoesNotContain("Share on Facebook", text);
        Assert.DoesNotContain("reader comment", text);
    }

    [Theory]
    [InlineData("By Ana Ruiz March 9, 2026", "Ana Ruiz")]
    [InlineData("Posted by Ana Ruiz", "Ana Ruiz")]
    [InlineData("Ana Ruiz - Apr 16, 2026 8:02 pm UTC", "Ana Ruiz")]
    [InlineData("by Ana Ruiz22 Dec 2025", "Ana Ruiz")]
    [InlineData("by", null)]
    public void Byline_lines_lose_prefixes_and_dates(string line, string? expected) =>
        Assert.Equal(expected, Extractor.Extract($"<html><body><span class='byline'>{line}</span><p>Negotiators met on the island for a third round, and the council agreed to free the crew.</p></body></html>").Byline);

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
