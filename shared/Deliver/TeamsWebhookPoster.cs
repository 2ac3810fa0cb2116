using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Alerts.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alerts.Deliver;

/// <summary>
/// Posts a card payload to a Teams Workflows webhook. Any 2xx (Workflows answers 202) is Sent; 408, 429 and
/// 5xx are Transient with the server's Retry-After; other 4xx mean the webhook is gone or refuses us
/// (Permanent). The webhook URL is a credential: logs show its host only.
/// </summary>
public sealed class TeamsWebhookPoster(HttpClient http, RetryPolicy? retry = null, TimeProvider? time = null,
    ILogger<TeamsWebhookPoster>? logger = null) : ITeamsPoster
{
    private readonly RetryPolicy retry = retry ?? new RetryPolicy(time: time);
    private readonly TimeProvider time = time ?? TimeProvider.System;
    private readonly ILogger logger = logger ?? NullLogger<TeamsWebhookPoster>.Instance;

    public Task<SendResult> PostAsync(Uri webhook, string payloadJson, CancellationToken cancellationToken = default)
    {
        if (webhook.Scheme != Uri.UriSchemeHttps && webhook.Scheme != Uri.UriSchemeHttp)
        {
            return Task.FromResult(new SendResult(SendOutcome.Permanent, "The webhook address is not http(s)."));
        }
        return retry.ExecuteAsync(ct => PostOnceAsync(webhook, payloadJson, ct), cancellationToken);
    }

    internal async Task<SendResult> PostOnceAsync(Uri webhook, string payloadJson, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new StringContent(payloadJson, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(webhook, content, cancellationToken);
            var result = Classify(response, time.GetUtcNow());
            logger.Log(result.Outcome == SendOutcome.Sent ? LogLevel.Information : LogLevel.Warning,
                "Teams post to {Webhook}: {Status} {Outcome}", Redact.Url(webhook), (int)response.StatusCode, result.Outcome);
            return result;
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning("Teams post to {Webhook} failed: {Error}", Redact.Url(webhook), ex.HttpRequestError);
            return new SendResult(SendOutcome.Transient, $"Network error: {ex.HttpRequestError}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendResult(SendOutcome.Transient, "Timed out");
        }
    }

    internal static SendResult Classify(HttpResponseMessage response, DateTimeOffset now)
    {
        var code = (int)response.StatusCode;
        if (code is >= 200 and < 300) return SendResult.Ok($"HTTP {code}");
        var detail = $"HTTP {code} {response.ReasonPhrase}".TrimEnd();
        if (response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || code >= 500)
        {
            return new SendResult(SendOutcome.Transient, detail, RetryAfter(response.Headers.RetryAfter, now));
        }
        return new SendResult(SendOutcome.Permanent, detail);
    }

    /// <summary>Retry-After as seconds or as an HTTP date; a date in the past means "now".</summary>
    internal static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date) return date > now ? date - now : TimeSpan.Zero;
        return null;
    }
}
