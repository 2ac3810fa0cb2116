using System.Security.Cryptography;
using Alerts.Functions.Contract;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Tests.Functions;

/// <summary>The handler app in memory, with valid settings and extra test functions; no storage is contacted by these tests.</summary>
public sealed class HandlerFactory : WebApplicationFactory<Alerts.Functions.StorageInitializer>
{
    private readonly string _sources = Path.Combine(Path.GetTempPath(), $"alerts-sources-{Guid.NewGuid():N}.json");
    private readonly IFunction[] _extra;

    public HandlerFactory(params IFunction[] extra)
    {
        _extra = extra;
        File.WriteAllText(_sources, """{ "version": 1, "sources": [ { "id": "one", "kind": "feed", "url": "https://example.org/feed.xml" } ] }""");
    }

    public static Dictionary<string, string?> ValidSettings(string sourcesPath) => new()
    {
        ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
        ["PublicBaseUrl"] = "https://alerts.example.org/",
        ["Tokens:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Secrets:ProtectionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:From"] = "alerts@example.org",
        ["Sources:Path"] = sourcesPath,
        ["FetchSchedule"] = "0 */5 * * * *",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (k, v) in ValidSettings(_sources)) builder.UseSetting(k, v);
        builder.ConfigureTestServices(services =>
        {
            foreach (var f in _extra) services.AddSingleton(f);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(_sources);
    }
}
