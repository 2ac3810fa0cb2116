using Alerts.Observability;

namespace Alerts.Tests.Deliver;

public class RedactTests
{
    [Theory]
    [InlineData("jane.doe@example.org", "j***@example.org")]
    [InlineData(" X@Example.org ", "X***@Example.org")]
    [InlineData("no-at-sign", "***")]
    [InlineData("@example.org", "***")]
    [InlineData("", "(none)")]
    [InlineData(null, "(none)")]
    public void Email(string? input, string expected) => Assert.Equal(expected, Redact.Email(input));

    [Theory]
    [InlineData("https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=SECRET", "https://prod-12.westeurope.logic.azure.com/***")]
    [InlineData("https://user:pw@example.org/path", "https://example.org/***")]
    [InlineData("not a url", "***")]
    [InlineData(null, "(none)")]
    public void Url(string? input, string expected)
    {
        var masked = Redact.Url(input);
        Assert.Equal(expected, masked);
        Assert.DoesNotContain("SECRET", masked);
    }
}
