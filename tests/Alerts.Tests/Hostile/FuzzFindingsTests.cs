using System.Text;
using Alerts.Extract;
using Alerts.Feeds;

namespace Alerts.Tests.Hostile;

/// <summary>Inputs the coverage-guided fuzzer (fuzz/run.sh) found to fail in undocumented ways, kept as regressions.</summary>
public sealed class FuzzFindingsTests
{
    private const string Title = "Detained reporter freed";

    private static string Rss(string declaration) =>
        $"<?xml version=\"1.0\"{declaration}?>\n<rss version=\"2.0\"><channel><title>Wire</title><link>https://wire.example/</link>" +
        $"<item><title>{Title}</title><link>https://wire.example/1</link></item></channel></rss>";

    // .NET knows the UTF-7 label but refuses to decode it (NotSupportedException), which escaped the parser and
    // would have failed every fetch of such a feed until the message was poisoned.
    [Theory]
    [InlineData(" encoding=\"utf-7\"", null)]
    [InlineData(" encoding=\"UTF-7\"", null)]
    [InlineData("", "utf-7")]
    [InlineData(" encoding=\"utf-7\"", "utf-7")]
    public void A_feed_that_claims_utf7_is_read_and_the_claim_reported(string declaration, string? httpCharset)
    {
        var feed = new FeedParser().Parse(Encoding.UTF8.GetBytes(Rss(declaration)), httpCharset);

        Assert.Equal(Title, Assert.Single(feed.Items).Title);
        Assert.Contains(feed.Problems, p => p.Contains("utf-7", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("<meta charset=\"utf-7\">", null)]
    [InlineData("", "UTF-7")]
    public void A_page_that_claims_utf7_is_read_as_utf8(string meta, string? httpCharset)
    {
        var html = $"<html><head>{meta}</head><body><p>Libéré à Genève</p></body></html>";

        Assert.Equal(html, HtmlText.Decode(Encoding.UTF8.GetBytes(html), httpCharset));
    }

    // HtmlAgilityPack reads the meta charset of text it is given and asked .NET for UTF-7, which threw out of the extractor.
    [Fact]
    public void An_article_whose_meta_charset_is_utf7_is_extracted()
    {
        const string body = "Authorities in Minsk released fourteen political prisoners on Thursday, their lawyers said, after months of talks.";
        var html = $"<html><head><meta charset=\"utf-7\"><title>Fourteen freed</title></head><body><article><h1>Fourteen freed</h1><p>{body}</p><p>{body}</p></article></body></html>";

        var article = new ArticleExtractor().Extract(HtmlText.Decode(Encoding.UTF8.GetBytes(html), null), new Uri("https://news.example/a"));

        Assert.Contains("fourteen political prisoners", article.Text);
    }
}
