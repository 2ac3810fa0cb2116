using Alerts.Extract;

namespace Alerts.Tests.Extract;

public class ArticleMetadataTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string Body = "<p>Negotiators met on the island for a third round, and the council agreed to free the detained crew.</p>";

    private static ExtractedArticle Page(string head, string body = Body, string htmlAttributes = "") =>
        Extractor.Extract($"<html{htmlAttributes}><head>{head}</head><body><article>{body}</article></body></html>");

    [Theory]
    [InlineData("<meta property='og:title' content='From Open Graph'><title>From title | Site</title>", "From Open Graph")]
    [InlineData("<meta name='twitter:title' content='From Twitter'><title>From title</title>", "From Twitter")]
    [InlineData("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"From JSON-LD\"}</script><meta property='og:title' content='From Open Graph'>", "From JSON-LD")]
    [InlineData("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Site\"},{\"@type\":\"Article\",\"headline\":\"From a graph\"}]}</script>", "From a graph")]
    [InlineData("<meta property='og:site_name' content='Island Times'><title>Crew freed after talks - Island Times</title>", "Crew freed after talks")]
    [InlineData("<title>Crew freed after talks | islandtimes.example</title>", "Crew freed after talks")]
    [InlineData("<title>Crew freed after talks</title>", "Crew freed after talks")]
    public void Title_sources_in_order_of_preference(string head, string expected) =>
        Assert.Equal(expected, Page(head).Title);

    [Fact]
    public void Title_falls_back_to_the_heading_and_confirms_a_title_prefix_by_it()
    {
        Assert.Equal("Crew freed", Page("", "<h1>Crew freed</h1>" + Body).Title);
        Assert.Equal("Crew freed after talks", Page("<title>Crew freed after talks | Latest</title>", "<h1>Crew freed after talks</h1>" + Body).Title);
    }

    [Fact]
    public void The_heading_that_repeats_the_title_is_not_part_of_the_text()
    {
        var article = Page("<title>Crew freed after talks</title>", "<h1>Crew freed after talks</h1>" + Body);
        Assert.DoesNotContain("Crew freed after talks", article.Text);
        Assert.Contains("Negotiators met on the island", article.Text);
    }

    [Theory]
    [InlineData("<meta name='author' content='Ana Ruiz'>", Body, "Ana Ruiz")]
    [InlineData("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},{\"name\":\"Li Wei\"}]}</script>", Body, "Ana Ruiz, Li Wei")]
    [InlineData("", "<a rel='author' href='/staff/ana'>Ana Ruiz</a>" + Body, "Ana Ruiz")]
    [InlineData("", "<div class='byline'>By Ana Ruiz</div>" + Body, "Ana Ruiz")]
    [InlineData("", "<p>By Ana Ruiz</p>" + Body, "Ana Ruiz")]
    [InlineData("<meta property='article:author' content='https://social.example/ana'>", Body, null)]
    public void Byline_sources(string head, string body, string? expected) =>
        Assert.Equal(expected, Page(head, body).Byline);

    [Fact]
    public void A_byline_line_is_not_repeated_in_the_text()
    {
        var article = Page("", "<p class='byline'>By Ana Ruiz</p>" + Body);
        Assert.Equal("Ana Ruiz", article.Byline);
        Assert.DoesNotContain("Ana Ruiz", article.Text);
    }

    [Theory]
    [InlineData("<meta property='article:published_time' content='2026-02-01T10:00:00+01:00'>", "", "2026-02-01T09:00:00Z")]
    [InlineData("<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"datePublished\":\"2026-02-02T08:15:00Z\"}</script>", "", "2026-02-02T08:15:00Z")]
    [InlineData("", "<time datetime='2026-02-03'>3 February</time>", "2026-02-03T00:00:00Z")]
    [InlineData("<meta name='date' content='2026-02-04 12:00'>", "", "2026-02-04T12:00:00Z")]
    [InlineData("<meta name='date' content='not a date'>", "", null)]
    public void Published_sources_in_utc(string head, string body, string? expected)
    {
        var published = Page(head, body + Body).Published;
        Assert.Equal(expected, published?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        if (published != null) Assert.Equal(TimeSpan.Zero, published.Value.Offset);
    }

    [Theory]
    [InlineData(" lang='fr'", "", "fr")]
    [InlineData("", "<meta property='og:locale' content='de_DE'>", "de-DE")]
    [InlineData("", "<meta http-equiv='Content-Language' content='es'>", "es")]
    [InlineData("", "", null)]
    public void Language_sources(string htmlAttributes, string head, string? expected) =>
        Assert.Equal(expected, Page(head, Body, htmlAttributes).Lang);

    [Fact]
    public void Excerpt_and_site_name()
    {
        var article = Page("<meta name='description' content='Crew freed.'><meta property='og:site_name' content='Island Times'>");
        Assert.Equal("Crew freed.", article.Excerpt);
        Assert.Equal("Island Times", article.SiteName);
        Assert.StartsWith("Negotiators met", Page("").Excerpt);
    }

    [Fact]
    public void Broken_json_ld_is_ignored()
    {
        var article = Page("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script><meta property='og:title' content='Still here'>");
        Assert.Equal("Still here", article.Title);
    }
}
