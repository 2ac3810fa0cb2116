using System.Text;
using Alerts.Extract;

namespace Alerts.Tests.Extract;

public class HtmlTextTests
{
    static HtmlTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Russian = "Освобождение заключённых";
    private const string French = "Libération des détenus à Genève";

    private static byte[] Page(string head, string body, string encoding) =>
        Encoding.GetEncoding(encoding).GetBytes($"<html><head>{head}</head><body><p>{body}</p></body></html>");

    [Fact]
    public void Meta_charset_selects_a_legacy_code_page()
    {
        var html = HtmlText.Decode(Page("<meta charset=\"windows-1251\">", Russian, "windows-1251"), null);
        Assert.Contains(Russian, html);
    }

    [Fact]
    public void Http_equiv_content_type_is_sniffed()
    {
        var html = HtmlText.Decode(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">", Russian, "koi8-r"), null);
        Assert.Contains(Russian, html);
    }

    [Fact]
    public void Http_charset_wins_over_meta()
    {
        var bytes = Page("<meta charset=\"utf-8\">", French, "windows-1252");
        Assert.Contains(French, HtmlText.Decode(bytes, "windows-1252"));
        Assert.DoesNotContain(French, HtmlText.Decode(bytes, null));
    }

    [Fact]
    public void Byte_order_mark_wins_over_http_and_meta()
    {
        var body = Encoding.UTF8.GetBytes($"<meta charset=\"windows-1251\"><p>{Russian}</p>");
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(body).ToArray();
        var html = HtmlText.Decode(bytes, "iso-8859-1");
        Assert.StartsWith("<meta", html);
        Assert.Contains(Russian, html);

        var utf16 = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes($"<p>{French}</p>")).ToArray();
        Assert.Equal($"<p>{French}</p>", HtmlText.Decode(utf16, null));
    }

    [Fact]
    public void Latin1_label_reads_as_windows_1252_like_browsers()
    {
        var bytes = Page("", "“quoted” – dash", "windows-1252");
        Assert.Contains("“quoted” – dash", HtmlText.Decode(bytes, "ISO-8859-1"));
    }

    [Fact]
    public void Declaration_after_the_first_1024_bytes_is_ignored()
    {
        var padding = new string(' ', 1100);
        var bytes = Page(padding + "<meta charset=\"windows-1251\">", Russian, "windows-1251");
        Assert.DoesNotContain(Russian, HtmlText.Decode(bytes, null));
    }

    [Theory]
    [InlineData("no-such-charset")]
    [InlineData("\"utf-8\"")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_or_missing_charset_falls_back_to_utf8(string? label)
    {
        var bytes = Encoding.UTF8.GetBytes($"<p>{French}</p>");
        Assert.Equal($"<p>{French}</p>", HtmlText.Decode(bytes, label));
    }

    [Fact]
    public void Utf8_body_with_a_stale_legacy_declaration_is_read_as_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes($"<meta charset=\"gb2312\"><p>{French} 释放</p>");
        Assert.Contains($"{French} 释放", HtmlText.Decode(bytes, null));
        // An explicit HTTP charset is still obeyed.
        Assert.DoesNotContain(French, HtmlText.Decode(bytes, "windows-1252"));
    }

    [Fact]
    public void Empty_body_decodes_to_empty_string() => Assert.Equal("", HtmlText.Decode([], null));
}
