using Alerts.Pipeline;
using Alerts.Tests.Functions;
using Microsoft.Extensions.Configuration;

namespace Alerts.Tests.Pipeline;

public sealed class AlertsSettingsTests
{
    private static AlertsSettings Read(Action<Dictionary<string, string?>> change)
    {
        var values = HandlerFactory.ValidSettings("/tmp/sources.json");
        change(values);
        return AlertsSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), "/app");
    }

    [Fact]
    public void Valid_settings_are_read()
    {
        var settings = Read(_ => { });
        Assert.Equal("127.0.0.1", settings.Smtp.Host);
        Assert.Equal(587, settings.Smtp.Port);
        Assert.Equal(new Uri("https://alerts.example.org/"), settings.PublicBaseUrl);
        Assert.False(settings.AllowLoopback);
        Assert.Equal(new ItemBatchOptions().ItemsPerMessage, settings.ItemsPerMessage);
        Assert.Equal(12, Read(v => v["Fetch:ItemsPerMessage"] = "12").ItemsPerMessage);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage")]
    [InlineData("PublicBaseUrl")]
    [InlineData("Tokens:SigningKey")]
    [InlineData("Secrets:ProtectionKey")]
    [InlineData("Smtp:Host")]
    [InlineData("Smtp:From")]
    public void A_missing_setting_is_an_error_naming_it(string key)
    {
        var ex = Assert.Throws<ConfigurationException>(() => Read(v => v.Remove(key)));
        Assert.Contains($"'{key}' is missing", ex.Message);
    }

    [Theory]
    [InlineData("FetchSchedule", "*/5 * * * *", "6-field NCRONTAB")]
    [InlineData("SweepSchedule", "daily", "6-field NCRONTAB")]
    [InlineData("DigestSchedule", "every hour", "6-field NCRONTAB")]
    [InlineData("PublicBaseUrl", "ftp://alerts.example.org/", "not an absolute http(s) URL")]
    [InlineData("Smtp:Port", "70000", "not a port number")]
    [InlineData("Smtp:TlsMode", "sometimes", "Smtp:TlsMode")]
    [InlineData("Digest:SettleSeconds", "-3", "not a whole number of seconds")]
    [InlineData("Fetch:ItemsPerMessage", "0", "from 1 to 32")]
    [InlineData("Fetch:ItemsPerMessage", "many", "from 1 to 32")]
    public void An_invalid_setting_is_an_error_naming_it(string key, string value, string expected)
    {
        var ex = Assert.Throws<ConfigurationException>(() => Read(v => v[key] = value));
        Assert.Contains($"'{key}'", ex.Message);
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var ex = Assert.Throws<ConfigurationException>(() => Read(v => { v.Remove("Smtp:Host"); v["FetchSchedule"] = "bad"; }));
        Assert.Equal(2, ex.Problems.Count);
    }
}
