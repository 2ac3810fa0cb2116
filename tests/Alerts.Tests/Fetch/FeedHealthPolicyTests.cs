using Alerts.Fetch;

namespace Alerts.Tests.Fetch;

public sealed class FeedHealthPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    [Fact]
    public void A_healthy_feed_is_due_after_its_interval()
    {
        Assert.Equal(Now + FiveMinutes, new FeedHealthPolicy().NextDue(FiveMinutes, 0, Now, jitterKey: "bbc-russian"));
    }

    [Fact]
    public void Backoff_grows_with_failures_within_the_jitter_band()
    {
        var policy = new FeedHealthPolicy { JitterFraction = 0.2 };
        var previous = TimeSpan.Zero;
        for (var failures = 1; failures <= 5; failures++)
        {
            var delay = policy.NextDue(FiveMinutes, failures, Now, jitterKey: "svaboda") - Now;
            var nominal = FiveMinutes * Math.Pow(2, failures);
            Assert.InRange(delay, nominal, nominal * 1.2);
            Assert.True(delay > previous, $"failure {failures}: {delay} is not above {previous}");
            previous = delay;
        }
    }

    [Fact]
    public void Jitter_spreads_feeds_that_fail_together_and_is_deterministic()
    {
        var policy = new FeedHealthPolicy();
        var dues = Enumerable.Range(0, 20).Select(i => policy.NextDue(FiveMinutes, 3, Now, jitterKey: $"feed-{i}")).ToList();
        Assert.True(dues.Distinct().Count() > 10);
        Assert.Equal(policy.NextDue(FiveMinutes, 3, Now, jitterKey: "feed-7"), dues[7]);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(60)]
    [InlineData(100_000)]
    public void Backoff_is_capped_and_never_parks_a_feed(int failures)
    {
        var policy = new FeedHealthPolicy { MaxBackoff = TimeSpan.FromHours(4) };
        var due = policy.NextDue(FiveMinutes, failures, Now, jitterKey: "ofac");
        Assert.InRange(due - Now, TimeSpan.FromHours(3), TimeSpan.FromHours(4));
    }

    [Fact]
    public void The_cap_is_configurable_and_never_below_the_interval()
    {
        Assert.Equal(Now + TimeSpan.FromHours(1), new FeedHealthPolicy { MaxBackoff = TimeSpan.FromHours(1) }.NextDue(FiveMinutes, 20, Now));
        Assert.Equal(Now + TimeSpan.FromHours(6), new FeedHealthPolicy { MaxBackoff = TimeSpan.FromHours(1) }.NextDue(TimeSpan.FromHours(6), 3, Now));
    }

    [Fact]
    public void Retry_after_longer_than_the_backoff_wins_and_is_clamped()
    {
        var policy = new FeedHealthPolicy { MaxRetryAfter = TimeSpan.FromHours(24) };
        Assert.Equal(Now + TimeSpan.FromMinutes(45), policy.NextDue(FiveMinutes, 1, Now, TimeSpan.FromMinutes(45)));
        Assert.Equal(Now + TimeSpan.FromHours(24), policy.NextDue(FiveMinutes, 1, Now, TimeSpan.FromDays(30)));
        // A short Retry-After does not shorten the backoff.
        Assert.True(policy.NextDue(FiveMinutes, 3, Now, TimeSpan.FromSeconds(5)) - Now >= TimeSpan.FromMinutes(40));
    }

    [Fact]
    public void Record_counts_failures_and_resets_on_success()
    {
        var policy = new FeedHealthPolicy();
        var health = new FeedHealth { SourceId = "dw-russian", ETag = "\"a\"" };
        var url = new Uri("https://rss.example.org/feed");

        var failed = policy.Record(health, new FetchResult { Outcome = FetchOutcome.HttpError, FinalUrl = url, StatusCode = 500, Error = "HTTP 500" }, Now, FiveMinutes);
        var failedAgain = policy.Record(failed, new FetchResult { Outcome = FetchOutcome.Timeout, FinalUrl = url, Error = "timeout" }, Now, FiveMinutes);
        Assert.Equal(2, failedAgain.ConsecutiveFailures);
        Assert.Equal("timeout", failedAgain.LastError);
        Assert.Equal("\"a\"", failedAgain.ETag);
        Assert.True(failedAgain.NextDue - Now >= TimeSpan.FromMinutes(20));

        var ok = policy.Record(failedAgain, new FetchResult { Outcome = FetchOutcome.Ok, FinalUrl = url, StatusCode = 200, ETag = "\"b\"" }, Now, FiveMinutes, illFormed: true);
        Assert.Equal(0, ok.ConsecutiveFailures);
        Assert.Null(ok.LastError);
        Assert.Equal(Now, ok.LastSuccess);
        Assert.Equal("\"b\"", ok.ETag);
        Assert.True(ok.IllFormed);
        Assert.Equal(Now + FiveMinutes, ok.NextDue);

        var unparsable = policy.Record(ok, new FetchResult { Outcome = FetchOutcome.Ok, FinalUrl = url, StatusCode = 200 }, Now, FiveMinutes, parseError: "not a feed");
        Assert.Equal(1, unparsable.ConsecutiveFailures);
        Assert.Equal("not a feed", unparsable.LastError);
    }
}
