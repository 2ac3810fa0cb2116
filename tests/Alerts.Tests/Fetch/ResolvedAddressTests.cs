using System.Net;
using Alerts.Fetch;
using Microsoft.AspNetCore.Builder;

namespace Alerts.Tests.Fetch;

/// <summary>The connection goes to the address that was checked, never to a second DNS answer.</summary>
public sealed class ResolvedAddressTests
{
    [Fact]
    public async Task A_name_resolving_to_loopback_is_refused_at_connect_time()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", () => "<rss/>"));
        var lookups = 0;
        using var fetcher = HttpFetcher.Create(new FetchOptions(), null, (_, _) =>
        {
            Interlocked.Increment(ref lookups);
            return Task.FromResult(new[] { IPAddress.Loopback });
        });

        var result = await fetcher.FetchAsync(new FetchRequest(new Uri($"http://feeds.rebind.test:{server.BaseUrl.Port}/feed"), FetchPurpose.Feed));

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Contains("feeds.rebind.test", result.Error);
        Assert.Contains("127.0.0.1", result.Error);
        Assert.Equal(1, lookups);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task One_internal_address_among_several_refuses_the_host()
    {
        using var fetcher = HttpFetcher.Create(new FetchOptions { AllowLoopback = true }, null, (_, _) =>
            Task.FromResult(new[] { IPAddress.Loopback, IPAddress.Parse("10.0.0.7") }));

        var result = await fetcher.FetchAsync(new FetchRequest(new Uri("http://mixed.rebind.test/feed"), FetchPurpose.Feed));

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Contains("10.0.0.7", result.Error);
    }

    [Fact]
    public async Task The_checked_address_is_the_one_connected_to()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", (Microsoft.AspNetCore.Http.HttpContext ctx) => ctx.Request.Host.Host));
        var lookups = 0;
        using var fetcher = HttpFetcher.Create(new FetchOptions { AllowLoopback = true }, null, (_, _) =>
        {
            Interlocked.Increment(ref lookups);
            return Task.FromResult(new[] { IPAddress.Loopback });
        });

        var result = await fetcher.FetchAsync(new FetchRequest(new Uri($"http://feeds.rebind.test:{server.BaseUrl.Port}/feed"), FetchPurpose.Feed));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal("feeds.rebind.test", System.Text.Encoding.UTF8.GetString(result.Body));
        Assert.Equal(1, lookups);
    }
}
