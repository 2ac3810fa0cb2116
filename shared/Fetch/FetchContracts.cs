namespace Alerts.Fetch;

public enum FetchPurpose { Feed, Page }

public sealed record FetchRequest(Uri Url, FetchPurpose Purpose, string? ETag = null, string? LastModified = null);

public enum FetchOutcome
{
    Ok,
    NotModified,
    /// <summary>Non-2xx status (see <see cref="FetchResult.StatusCode"/> and <see cref="FetchResult.RetryAfter"/>).</summary>
    HttpError,
    /// <summary>The body passed the size cap while streaming; the rest was not read.</summary>
    TooLarge,
    Timeout,
    /// <summary>Refused before sending: scheme, SSRF guard, too many redirects.</summary>
    Refused,
    NetworkError,
}

public sealed record FetchResult
{
    public required FetchOutcome Outcome { get; init; }
    public required Uri FinalUrl { get; init; }
    public int? StatusCode { get; init; }
    public byte[] Body { get; init; } = [];
    public string? ContentType { get; init; }
    public string? Charset { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public TimeSpan? RetryAfter { get; init; }
    /// <summary>One line for logs and the feed health record; never contains secrets.</summary>
    public string? Error { get; init; }
    public long ElapsedMs { get; init; }
    public bool IsSuccess => Outcome is FetchOutcome.Ok or FetchOutcome.NotModified;
}

public interface IFetcher
{
    Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default);
}

public sealed class FetchOptions
{
    public long MaxFeedBytes { get; set; } = 10 * 1024 * 1024;
    public long MaxPageBytes { get; set; } = 5 * 1024 * 1024;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    public int MaxRedirects { get; set; } = 5;
    public int PerHostConcurrency { get; set; } = 2;
    public string UserAgent { get; set; } = "AlertsBot/1.0 (+https://github.com/alerts-news/alerts)";
    /// <summary>Loopback targets are refused unless this is set (tests and the demo).</summary>
    public bool AllowLoopback { get; set; }
    /// <summary>Longest wait for the next chunk of a body; a server that stalls mid-body times out.</summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(15);
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>How long a host that answered 429 without Retry-After is left alone.</summary>
    public TimeSpan DefaultRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>Retry-After values above this are clamped, so a hostile header cannot park a host for good.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(24);
}
