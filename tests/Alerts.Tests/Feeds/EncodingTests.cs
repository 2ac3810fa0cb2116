using System.Text;
using Alerts.Feeds;

namespace Alerts.Tests.Feeds;

public class EncodingTests
{
    private const string RussianTitle = "Правозащитник освобождён после обмена заключёнными";

    private static string Feed(string encodingName, string title, string description = "Подробности позже.") =>
        $"<?xml version=\"1.0\" encoding=\"{encodingName}\"?>\n" +
        $"<rss version=\"2.0\"><channel><title>Лента</title><link>https://lenta.example/</link><item><title>{title}</title><description>{description}</description></item></channel></rss>";

    private static ParsedFeed Parse(byte[] bytes, string? charset = null) => new FeedParser().Parse(bytes, charset);

    [Theory]
    [InlineData("windows-1251", RussianTitle)]
    [InlineData("koi8-r", RussianTitle)]
    [InlineData("iso-8859-5", RussianTitle)]
    [InlineData("windows-1252", "Sanctions \u2018eased\u2019 \u2014 café owners relieved")]
    [InlineData("iso-8859-1", "Détenus libérés à Genève")]
    [InlineData("iso-8859-2", "Więźniowie zwolnieni w Łodzi")]
    [InlineData("windows-1250", "Więźniowie zwolnieni w Łodzi")]
    [InlineData("iso-8859-7", "Απελευθερώθηκαν οι όμηροι")]
    [InlineData("windows-1253", "Απελευθερώθηκαν οι όμηροι")]
    public void Legacy_charsets_named_in_the_xml_declaration_are_decoded(string charset, string title)
    {
        var bytes = FeedFixtures.Encode(Feed(charset, title), charset);

        Assert.Equal(title, Parse(bytes).Items[0].Title);
    }

    [Fact]
    public void Http_charset_wins_when_the_declaration_is_absent()
    {
        var bytes = FeedFixtures.Encode(Feed("x", RussianTitle).Replace(" encoding=\"x\"", "", StringComparison.Ordinal), "windows-1251");

        Assert.Equal(RussianTitle, Parse(bytes, "windows-1251").Items[0].Title);
    }

    [Fact]
    public void A_wrong_utf8_declaration_yields_to_the_http_charset_that_fits_the_bytes()
    {
        var bytes = FeedFixtures.Encode(Feed("utf-8", RussianTitle), "windows-1251");

        var feed = Parse(bytes, "windows-1251");

        Assert.Equal(RussianTitle, feed.Items[0].Title);
        Assert.Contains(feed.Problems, p => p.Contains("disagrees", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_http_charset_yields_to_valid_utf8_declared_in_the_document()
    {
        var bytes = Encoding.UTF8.GetBytes(Feed("utf-8", RussianTitle));

        Assert.Equal(RussianTitle, Parse(bytes, "iso-8859-1").Items[0].Title);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le-bom")]
    [InlineData("utf-32be")]
    public void Unicode_encodings_with_and_without_byte_order_marks(string variant)
    {
        var xml = Feed(variant.StartsWith("utf-8", StringComparison.Ordinal) ? "utf-8" : variant.StartsWith("utf-16", StringComparison.Ordinal) ? "utf-16" : "utf-32", RussianTitle);
        Encoding encoding = variant switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le-bom" or "utf-16le" => new UnicodeEncoding(false, true),
            "utf-16be-bom" or "utf-16be" => new UnicodeEncoding(true, true),
            "utf-32le-bom" => new UTF32Encoding(false, true),
            _ => new UTF32Encoding(true, true),
        };
        var body = encoding.GetBytes(xml);
        var bytes = variant.EndsWith("-bom", StringComparison.Ordinal) ? [.. encoding.GetPreamble(), .. body] : body;

        Assert.Equal(RussianTitle, Parse(bytes).Items[0].Title);
    }

    [Fact]
    public void Utf8_encoded_twice_is_repaired()
    {
        var once = Encoding.UTF8.GetBytes(Feed("utf-8", RussianTitle, "Café «Ёлка» закрыт"));
        var twice = Encoding.UTF8.GetBytes(Encoding.GetEncoding(1252).GetString(once));

        var feed = Parse(twice);

        Assert.Equal(RussianTitle, feed.Items[0].Title);
        Assert.Equal("Café «Ёлка» закрыт", feed.Items[0].Summary);
        Assert.Contains(feed.Problems, p => p.Contains("encoded twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Genuine_latin1_text_is_not_mistaken_for_double_encoding()
    {
        const string title = "Ã la carte: Â«quotesÂ» stay as written";
        var feed = Parse(Encoding.UTF8.GetBytes(Feed("utf-8", title)));

        Assert.Equal(title, feed.Items[0].Title);
    }

    [Fact]
    public void Invalid_utf8_without_any_declaration_falls_back_to_windows_1252()
    {
        var bytes = FeedFixtures.Encode(Feed("x", "Détenus libérés").Replace(" encoding=\"x\"", "", StringComparison.Ordinal), "windows-1252");

        Assert.Equal("Détenus libérés", Parse(bytes).Items[0].Title);
    }
}
