using Alerts.Pipeline;
using Alerts.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Tests.Hostile;

/// <summary>Bad configuration stops start-up with a message that names the setting (and, for the catalogue, the source).</summary>
public sealed class ConfigErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("alerts-config-").FullName;

    private Dictionary<string, string?> Valid() => new()
    {
        ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
        ["PublicBaseUrl"] = "https://alerts.example.org/",
        ["Tokens:SigningKey"] = Convert.ToBase64String(new byte[32]),
        ["Secrets:ProtectionKey"] = Convert.ToBase64String(new byte[32]),
        ["Smtp:Host"] = "smtp.example.org",
        ["Smtp:From"] = "alerts@example.org",
        ["Sources:Path"] = Path.Combine(_dir, "sources.json"),
    };

    private static IServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddAlertsPipeline(AppContext.BaseDirectory);
        return services.BuildServiceProvider();
    }

    private static ConfigurationException StartUpError(Dictionary<string, string?> settings) =>
        Assert.Throws<ConfigurationException>(() => Build(settings).ValidateAlertsPipeline());

    [Theory]
    [InlineData("FetchSchedule", "every five minutes")]
    [InlineData("DigestSchedule", "*/5 * * * *")]      // five fields: the seconds field is missing
    [InlineData("DigestSchedule", "0 61 * * * *")]
    public void A_bad_cron_expression_names_the_schedule_setting(string key, string cron)
    {
        var settings = Valid();
        settings[key] = cron;
        var error = StartUpError(settings);
        Assert.Contains($"'{key}'", error.Message);
        Assert.Contains(cron, error.Message);
    }

    [Theory]
    [InlineData("Deliver:FirstRetrySeconds", "soon")]
    [InlineData("Deliver:MaxRetrySeconds", "-5")]
    [InlineData("Deliver:ClaimLeaseSeconds", "0")]
    [InlineData("Smtp:Port", "70000")]
    [InlineData("PublicBaseUrl", "ftp://alerts.example.org/")]
    public void A_bad_value_names_its_setting(string key, string value)
    {
        var settings = Valid();
        settings[key] = value;
        Assert.Contains($"'{key}'", StartUpError(settings).Message);
    }

    [Fact]
    public void Every_problem_is_reported_together()
    {
        var settings = Valid();
        settings["FetchSchedule"] = "hourly";
        settings["Smtp:Host"] = null;
        var error = StartUpError(settings);
        Assert.Equal(2, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Contains("'Smtp:Host'"));
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://files.example.org/feed.xml")]
    [InlineData("https://")]
    public void A_malformed_feed_url_in_the_catalogue_names_the_setting_and_the_source(string url)
    {
        var settings = Valid();
        File.WriteAllText(settings["Sources:Path"]!, $$"""
            { "version": 1, "sources": [ { "id": "broken-url", "kind": "feed", "url": "{{url}}", "name": "Broken" } ] }
            """);
        var error = StartUpError(settings);
        Assert.Contains("'Sources:Path'", error.Message);
        Assert.Contains("broken-url", error.Message);
    }

    [Fact]
    public void A_missing_catalogue_names_the_setting_and_the_path()
    {
        var error = StartUpError(Valid());
        Assert.Contains("'Sources:Path'", error.Message);
        Assert.Contains("sources.json", error.Message);
    }

    [Fact]
    public void Delivery_retry_timings_are_read_when_valid()
    {
        var settings = Valid();
        settings["Deliver:FirstRetrySeconds"] = "2";
        settings["Deliver:MaxRetrySeconds"] = "60";
        File.WriteAllText(settings["Sources:Path"]!, """{ "version": 1, "sources": [] }""");
        var options = Build(settings).GetRequiredService<DeliverOptions>();
        Assert.Equal(TimeSpan.FromSeconds(2), options.FirstRetryDelay);
        Assert.Equal(TimeSpan.FromSeconds(60), options.MaxRetryDelay);
        Assert.Equal(new DeliverOptions().ClaimLease, options.ClaimLease);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
