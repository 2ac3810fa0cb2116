using Alerts.Digest;

namespace Alerts.Tests.Digest;

public class SafeLinkTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("  javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("ftp://example.org/file")]
    [InlineData("/relative/path")]
    [InlineData("//example.org/protocol-relative")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("")]
    [InlineData(null)]
    public void RefusesEverythingButHttp(string? url) => Assert.Null(SafeLink.Http(url));

    [Theory]
    [InlineData("https://example.org/a?b=1", "https://example.org/a?b=1")]
    [InlineData(" http://example.org/x ", "http://example.org/x")]
    [InlineData("https://example.org/a?q=\"><script>", "https://example.org/a?q=%22%3E%3Cscript%3E")]
    public void KeepsHttpLinksEncoded(string url, string expected) => Assert.Equal(expected, SafeLink.Http(url));
}
