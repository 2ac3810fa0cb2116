using System.Text;
using Alerts.Extract;

namespace Alerts.Tests.Extract;

/// <summary>Hostile input must neither crash nor hang the extractor.</summary>
public class ExtractorRobustnessTests
{
    private static readonly ArticleExtractor Extractor = new();
    private const string Prose = "The council agreed to release the detained crew after a third round of talks, officials said. ";

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("b")]
    public void Ten_thousand_nested_elements(string tag)
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 10_000; i++) html.Append('<').Append(tag).Append('>');
        html.Append("<p>").Append(Prose).Append("</p>");
        for (var i = 0; i < 10_000; i++) html.Append("</").Append(tag).Append('>');
        html.Append("</body></html>");
        var article = Extractor.Extract(html.ToString());
        Assert.Contains("release the detained crew", article.Text);
    }

    [Fact]
    public void Ten_thousand_unclosed_elements()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><p>", 10_000)) + Prose;
        Assert.Contains("release the detained crew", Extractor.Extract(html).Text);
    }

    [Fact]
    public void Five_megabyte_single_line_page()
    {
        var html = new StringBuilder("<html><head><title>Long</title></head><body><article>", 5_300_000);
        for (var i = 0; html.Length < 5_000_000; i++) html.Append("<p>").Append(i).Append(": ").Append(Prose).Append(Prose).Append("</p>");
        html.Append("</article></body></html>");
        var text = Extractor.Extract(html.ToString()).Text;
        Assert.True(text.Length > 4_000_000, $"only {text.Length} characters");
        Assert.DoesNotContain('\n', text.Replace("\n\n", ""));
    }

    [Fact]
    public void Five_megabytes_of_one_text_node()
    {
        var html = "<html><body><p>" + new string('x', 5_000_000) + "</p></body></html>";
        Assert.Equal(5_000_000, Extractor.Extract(html).Text.Length);
    }

    [Fact]
    public void Invalid_utf8_is_decoded_with_replacement_characters()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><body><p>" + Prose + "</p></body></html>").ToList();
        bytes.InsertRange(20, new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0xA0 });
        var html = HtmlText.Decode(bytes.ToArray(), null);
        Assert.Contains('\uFFFD', html);
        Assert.Contains("release the detained crew", Extractor.Extract(html).Text);
    }

    [Theory]
    [InlineData("<<<>>><p <p <p>>>")]
    [InlineData("<html><body><p>text</html></body></p></div></div>")]
    [InlineData("<script>")]
    [InlineData("<style>body{}")]
    [InlineData("<!-- never closed")]
    [InlineData("<table><tr><td><table><tr><td><p>cell</td></tr>")]
    [InlineData("<p title='unterminated>text")]
    [InlineData("&#xFFFFFFFF; &#0; &bogus; &amp")]
    [InlineData("<svg><foreignObject><p>inside svg</p></foreignObject></svg>")]
    [InlineData("<a href='javascript:alert(1)'>x</a><img src=x onerror=alert(1)>")]
    public void Malformed_markup_does_not_throw(string html)
    {
        var article = Extractor.Extract(html);
        Assert.NotNull(article.Text);
    }

    [Fact]
    public void Deeply_nested_json_ld_is_ignored()
    {
        var json = new string('[', 5000) + new string(']', 5000);
        var article = Extractor.Extract($"<html><head><script type='application/ld+json'>{json}</script><title>Kept</title></head><body><p>{Prose}</p></body></html>");
        Assert.Equal("Kept", article.Title);
    }
}
