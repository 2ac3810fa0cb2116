using Alerts.Dedup;

namespace Alerts.Tests.Dedup;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM/world/story-1", "https://news.example.com/world/story-1")]
    [InlineData("https://news.example.com:443/a", "https://news.example.com/a")]
    [InlineData("http://news.example.com:80/a", "http://news.example.com/a")]
    [InlineData("https://news.example.com:8443/a", "https://news.example.com:8443/a")]
    [InlineData("https://news.example.com/a/", "https://news.example.com/a")]
    [InlineData("https://news.example.com/", "https://news.example.com")]
    [InlineData("https://news.example.com", "https://news.example.com")]
    [InlineData("https://news.example.com/a#comments", "https://news.example.com/a")]
    [InlineData("https://news.example.com/a?utm_source=rss&utm_medium=feed&UTM_Campaign=x", "https://news.example.com/a")]
    [InlineData("https://news.example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ocid=5&cmpid=6&ref=home", "https://news.example.com/a")]
    [InlineData("https://news.example.com/a?z=1&id=7&utm_source=x&b=2", "https://news.example.com/a?b=2&id=7&z=1")]
    [InlineData("https://news.example.com/amp/world/story-1", "https://news.example.com/world/story-1")]
    [InlineData("https://news.example.com/world/story-1/amp", "https://news.example.com/world/story-1")]
    [InlineData("https://news.example.com/world/story-1/amp/", "https://news.example.com/world/story-1")]
    [InlineData("https://amp.news.example.com/world/story-1", "https://news.example.com/world/story-1")]
    [InlineData("https://news.example.com/world/story-1?amp=1", "https://news.example.com/world/story-1")]
    [InlineData("https://news.example.com/world/story-1?outputType=amp", "https://news.example.com/world/story-1")]
    [InlineData("https://news.example.com/world/story-1?outputType=print", "https://news.example.com/world/story-1?outputType=print")]
    [InlineData("https://news.example.com/ampersand-story", "https://news.example.com/ampersand-story")]
    [InlineData("https://amp.dev/docs", "https://amp.dev/docs")]
    [InlineData("https://news.example.com/a?referrer=x", "https://news.example.com/a?referrer=x")]
    [InlineData("https://user:pw@news.example.com/a", "https://news.example.com/a")]
    [InlineData("  https://news.example.com/a  ", "https://news.example.com/a")]
    public void Canonicalizes(string input, string expected)
    {
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(input));
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("mailto:desk@example.com")]
    public void Leaves_non_http_input_alone(string input)
    {
        Assert.Equal(input, UrlCanonicalizer.Canonicalize(input));
    }

    [Fact]
    public void Is_idempotent()
    {
        var inputs = new[]
        {
            "https://AMP.example.org/amp/news/x/?utm_source=a&b=2&a=1#top",
            "http://example.org:80/path/to/page/?ref=rss",
            "https://example.org/search?q=prisoner%20release&page=2",
        };
        foreach (var input in inputs)
        {
            var once = UrlCanonicalizer.Canonicalize(input);
            Assert.Equal(once, UrlCanonicalizer.Canonicalize(once));
        }
    }

    [Fact]
    public void Variants_of_one_article_collapse()
    {
        var variants = new[]
        {
            "https://www.example.org/world/2026/11/21/prisoners-freed",
            "https://www.example.org/world/2026/11/21/prisoners-freed/",
            "https://WWW.example.org/world/2026/11/21/prisoners-freed?utm_source=twitter#lead",
            "https://www.example.org/amp/world/2026/11/21/prisoners-freed",
            "https://www.example.org/world/2026/11/21/prisoners-freed?outputType=amp&fbclid=abc",
        };
        Assert.Single(variants.Select(UrlCanonicalizer.Canonicalize).Distinct());
    }
}
