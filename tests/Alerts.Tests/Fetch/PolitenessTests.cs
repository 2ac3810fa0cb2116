using System.Globalization;
using Alerts.Fetch;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Alerts.Tests.Fetch;

public sealed class PolitenessTests
{
    [Fact]
    public async Task A_429_with_retry_after_seconds_is_reported_and_the_host_is_left_alone()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", (HttpContext ctx) =>
        {
            ctx.Response.Headers.RetryAfter = "120";
            return Results.StatusCode(429);
        }));
        using var fetcher = HttpFetcherTests.LoopbackFetcher();

        var first = await fetcher.FetchAsync(new FetchRequest(server.Url("feed"), FetchPurpose.Feed));
        Assert.Equal(FetchOutcome.HttpError, first.Outcome);
        Assert.Equal(429, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), first.RetryAfter);

        var second = await fetcher.FetchAsync(new FetchRequest(server.Url("other-path"), FetchPurpose.Page));
        Assert.Equal(FetchOutcome.HttpError, second.Outcome);
        Assert.StartsWith("not sent", second.Error);
        Assert.InRange(second.RetryAfter!.Value.TotalSeconds, 100, 120);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task The_host_is_contacted_again_once_its_retry_after_has_passed()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        var answer429 = true;
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", (HttpContext ctx) =>
        {
            if (!answer429) return Results.Text("<rss/>");
            ctx.Response.Headers.RetryAfter = "30";
            return Results.StatusCode(429);
        }));
        using var fetcher = HttpFetcher.Create(new FetchOptions { AllowLoopback = true }, clock);
        var request = new FetchRequest(server.Url("feed"), FetchPurpose.Feed);

        Assert.Equal(429, (await fetcher.FetchAsync(request)).StatusCode);
        answer429 = false;
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.StartsWith("not sent", (await fetcher.FetchAsync(request)).Error);
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(FetchOutcome.Ok, (await fetcher.FetchAsync(request)).Outcome);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task A_503_with_an_http_date_retry_after_is_reported_as_a_wait()
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(90);
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", (HttpContext ctx) =>
        {
            ctx.Response.Headers.RetryAfter = until.ToString("r", CultureInfo.InvariantCulture);
            return Results.StatusCode(503);
        }));
        using var fetcher = HttpFetcherTests.LoopbackFetcher();

        var result = await fetcher.FetchAsync(new FetchRequest(server.Url("feed"), FetchPurpose.Feed));

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Equal(503, result.StatusCode);
        Assert.InRange(result.RetryAfter!.Value.TotalSeconds, 80, 91);
        Assert.Contains("retry after", result.Error);
    }

    [Fact]
    public async Task A_hostile_retry_after_is_clamped()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", (HttpContext ctx) =>
        {
            ctx.Response.Headers.RetryAfter = "99999999";
            return Results.StatusCode(429);
        }));
        using var fetcher = HttpFetcherTests.LoopbackFetcher(o => o.MaxRetryAfter = TimeSpan.FromHours(6));

        var result = await fetcher.FetchAsync(new FetchRequest(server.Url("feed"), FetchPurpose.Feed));

        Assert.Equal(TimeSpan.FromHours(6), result.RetryAfter);
    }

    [Fact]
    public async Task At_most_two_requests_per_host_are_in_flight()
    {
        var inFlight = 0;
        var peak = 0;
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/item/{n:int}", async (int n) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);
            // Hold each request until a second one is in flight (or a second passes), so the peak does not
            // depend on how fast a busy machine schedules the server.
            var until = DateTime.UtcNow.AddSeconds(1);
            while (Volatile.Read(ref inFlight) < 2 && DateTime.UtcNow < until) await Task.Delay(10);
            await Task.Delay(50);
            Interlocked.Decrement(ref inFlight);
            return Results.Text($"item {n}");
        }));
        using var fetcher = HttpFetcherTests.LoopbackFetcher(o => o.PerHostConcurrency = 2);

        var results = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(n => fetcher.FetchAsync(new FetchRequest(server.Url($"item/{n}"), FetchPurpose.Page))));

        Assert.All(results, r => Assert.Equal(FetchOutcome.Ok, r.Outcome));
        Assert.Equal(2, peak);
        Assert.Equal(8, server.Requests);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }

    /// <summary>Wall-clock time under the test's control; timers still run on real time.</summary>
    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }
}
