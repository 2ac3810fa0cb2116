using System.Net;
using Alerts.Deliver;
using Moq;
using Moq.Protected;

namespace Alerts.Tests.Deliver;

public class TeamsWebhookPosterTests
{
    private static readonly Uri Webhook = new("https://prod-00.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?sig=secret");

    private static (TeamsWebhookPoster Poster, Mock<HttpMessageHandler> Handler) Poster(RetryPolicy retry, params Func<HttpResponseMessage>[] responses)
    {
        var handler = new Mock<HttpMessageHandler>(MockBehavior.Strict);
        var sequence = handler.Protected().SetupSequence<Task<HttpResponseMessage>>("SendAsync", ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>());
        foreach (var response in responses) sequence = sequence.ReturnsAsync(response);
        return (new TeamsWebhookPoster(new HttpClient(handler.Object), retry), handler);
    }

    private static Func<HttpResponseMessage> Status(int code, Action<HttpResponseMessage>? configure = null) => () =>
    {
        var response = new HttpResponseMessage((HttpStatusCode)code);
        configure?.Invoke(response);
        return response;
    };

    private static RetryPolicy Fast(int attempts) => new(new RetryPolicyOptions { MaxAttempts = attempts, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) });

    [Theory]
    [InlineData(200, SendOutcome.Sent)]
    [InlineData(202, SendOutcome.Sent)]
    [InlineData(204, SendOutcome.Sent)]
    [InlineData(400, SendOutcome.Permanent)]
    [InlineData(401, SendOutcome.Permanent)]
    [InlineData(403, SendOutcome.Permanent)]
    [InlineData(404, SendOutcome.Permanent)]
    [InlineData(410, SendOutcome.Permanent)]
    [InlineData(413, SendOutcome.Permanent)]
    [InlineData(408, SendOutcome.Transient)]
    [InlineData(429, SendOutcome.Transient)]
    [InlineData(500, SendOutcome.Transient)]
    [InlineData(502, SendOutcome.Transient)]
    [InlineData(503, SendOutcome.Transient)]
    public async Task MapsStatusCodes(int status, SendOutcome expected)
    {
        var (poster, _) = Poster(RetryPolicy.None, Status(status));
        var result = await poster.PostAsync(Webhook, "{}");
        Assert.Equal(expected, result.Outcome);
        Assert.Contains(status.ToString(), result.Detail);
    }

    [Fact]
    public async Task RetryAfterSecondsIsParsed()
    {
        var (poster, _) = Poster(RetryPolicy.None, Status(429, r => r.Headers.Add("Retry-After", "17")));
        var result = await poster.PostAsync(Webhook, "{}");
        Assert.Equal(TimeSpan.FromSeconds(17), result.RetryAfter);
    }

    [Fact]
    public void RetryAfterDateIsRelativeToNow()
    {
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.Add("Retry-After", "Sun, 22 Nov 2026 10:02:00 GMT");
        Assert.Equal(TimeSpan.FromMinutes(2), TeamsWebhookPoster.Classify(response, now).RetryAfter);
        Assert.Equal(TimeSpan.Zero, TeamsWebhookPoster.Classify(response, now.AddHours(1)).RetryAfter);
    }

    [Fact]
    public async Task NetworkErrorsAreTransient()
    {
        var handler = new Mock<HttpMessageHandler>();
        handler.Protected().Setup<Task<HttpResponseMessage>>("SendAsync", ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>())
            .ThrowsAsync(new HttpRequestException(HttpRequestError.ConnectionError, "refused"));
        var result = await new TeamsWebhookPoster(new HttpClient(handler.Object), RetryPolicy.None).PostAsync(Webhook, "{}");
        Assert.Equal(SendOutcome.Transient, result.Outcome);
        Assert.DoesNotContain("secret", result.Detail);
    }

    [Fact]
    public async Task RetriesTransientThenSucceeds()
    {
        var (poster, handler) = Poster(Fast(3), Status(429, r => r.Headers.Add("Retry-After", "0")), Status(503), Status(202));
        var result = await poster.PostAsync(Webhook, "{\"type\":\"message\"}");
        Assert.Equal(SendOutcome.Sent, result.Outcome);
        handler.Protected().Verify("SendAsync", Times.Exactly(3), ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>());
    }

    [Fact]
    public async Task StopsAfterTheAttemptBudget()
    {
        var (poster, handler) = Poster(Fast(3), Status(500), Status(500), Status(500), Status(202));
        var result = await poster.PostAsync(Webhook, "{}");
        Assert.Equal(SendOutcome.Transient, result.Outcome);
        handler.Protected().Verify("SendAsync", Times.Exactly(3), ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>());
    }

    [Fact]
    public async Task PermanentIsNotRetried()
    {
        var (poster, handler) = Poster(Fast(3), Status(404), Status(202));
        Assert.Equal(SendOutcome.Permanent, (await poster.PostAsync(Webhook, "{}")).Outcome);
        handler.Protected().Verify("SendAsync", Times.Once(), ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>());
    }

    [Fact]
    public async Task ALongRetryAfterGoesBackToTheCaller()
    {
        var (poster, handler) = Poster(Fast(3), Status(429, r => r.Headers.Add("Retry-After", "600")), Status(202));
        var result = await poster.PostAsync(Webhook, "{}");
        Assert.Equal(SendOutcome.Transient, result.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(10), result.RetryAfter);
        handler.Protected().Verify("SendAsync", Times.Once(), ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>());
    }

    [Fact]
    public async Task NonHttpWebhookIsRefusedWithoutPosting()
    {
        var (poster, handler) = Poster(RetryPolicy.None);
        Assert.Equal(SendOutcome.Permanent, (await poster.PostAsync(new Uri("file:///etc/passwd"), "{}")).Outcome);
        handler.Protected().Verify("SendAsync", Times.Never(), ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>());
    }
}
