using System.Security.Cryptography;
using System.Text;

namespace Alerts.Fetch;

/// <summary>
/// When to fetch a source next. Failures back off exponentially (interval × 2^failures, with jitter so that
/// feeds failing together do not retry together) up to <see cref="MaxBackoff"/>. A failing source is never
/// parked: an outlet that is down for a day must be picked up again the hour it returns. Pure: the jitter is
/// derived from the source id and the failure count, not from a random generator.
/// </summary>
public sealed class FeedHealthPolicy
{
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(4);
    /// <summary>Up to this fraction is added to a backoff delay.</summary>
    public double JitterFraction { get; init; } = 0.2;
    /// <summary>A Retry-After longer than this is clamped so a hostile header cannot park a source.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromHours(24);

    public DateTimeOffset NextDue(TimeSpan interval, int consecutiveFailures, DateTimeOffset now, TimeSpan? retryAfter = null, string jitterKey = "")
    {
        if (interval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(interval), "interval must be positive");
        var delay = interval;
        if (consecutiveFailures > 0)
        {
            var factor = Math.Pow(2, Math.Min(consecutiveFailures, 30));
            var backoff = interval.TotalSeconds * factor * (1 + JitterFraction * Jitter(jitterKey, consecutiveFailures));
            backoff = Math.Min(backoff, MaxBackoff.TotalSeconds);
            delay = TimeSpan.FromSeconds(Math.Max(backoff, interval.TotalSeconds));
        }
        if (retryAfter is { } wait && wait > delay) delay = wait > MaxRetryAfter ? MaxRetryAfter : wait;
        return now + delay;
    }

    /// <summary>The health record after one fetch (and parse, when there was a body).</summary>
    public FeedHealth Record(FeedHealth previous, FetchResult result, DateTimeOffset now, TimeSpan interval, bool illFormed = false, string? parseError = null)
    {
        var success = result.IsSuccess && parseError is null;
        var failures = success ? 0 : previous.ConsecutiveFailures + 1;
        return previous with
        {
            LastAttempt = now,
            LastSuccess = success ? now : previous.LastSuccess,
            LastError = success ? null : parseError ?? result.Error ?? result.Outcome.ToString(),
            ConsecutiveFailures = failures,
            NextDue = NextDue(interval, failures, now, result.RetryAfter, previous.SourceId),
            IllFormed = result.Outcome == FetchOutcome.Ok ? illFormed : previous.IllFormed,
            LastStatus = result.StatusCode,
            ETag = result.Outcome is FetchOutcome.Ok or FetchOutcome.NotModified ? result.ETag : previous.ETag,
            LastModified = result.Outcome is FetchOutcome.Ok or FetchOutcome.NotModified ? result.LastModified : previous.LastModified,
        };
    }

    /// <summary>A value in [0, 1) that is stable for one source and failure count.</summary>
    private static double Jitter(string key, int failures)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{key}\n{failures}"), hash);
        return BitConverter.ToUInt32(hash) / (double)uint.MaxValue * 0.999999;
    }
}
