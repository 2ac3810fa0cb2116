using System.Net;
using System.Net.Http;
using System.Security.Authentication;

namespace Alerts.Fetch;

/// <summary>
/// The polite, safe HTTP fetcher: conditional GET, decompression with a cap on the decompressed size, manual
/// redirects checked hop by hop, SSRF guard at connect time, per-host concurrency and Retry-After memory.
/// Network conditions become a <see cref="FetchResult"/> with a one-line error; only programming errors and
/// caller cancellation throw.
/// </summary>
public sealed class HttpFetcher : IFetcher, IDisposable
{
    private const string FeedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8";
    private const string PageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.8";

    private readonly HttpClient _client;
    private readonly FetchOptions _options;
    private readonly TimeProvider _time;
    private readonly HostGate _gate;

    private HttpFetcher(HttpClient client, FetchOptions options, TimeProvider time)
    {
        _client = client;
        _options = options;
        _time = time;
        _gate = new HostGate(options.PerHostConcurrency, time);
    }

    public static HttpFetcher Create(FetchOptions options, TimeProvider? time = null) => Create(options, time, resolve: null);

    /// <param name="resolve">Replaces DNS (tests map made-up names to loopback addresses).</param>
    internal static HttpFetcher Create(FetchOptions options, TimeProvider? time, Func<string, CancellationToken, Task<IPAddress[]>>? resolve)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PerHostConcurrency < 1) throw new ArgumentOutOfRangeException(nameof(options), "PerHostConcurrency must be at least 1");
        if (options.MaxRedirects < 0) throw new ArgumentOutOfRangeException(nameof(options), "MaxRedirects must not be negative");
        var connector = new GuardedConnector(options.AllowLoopback, options.ConnectTimeout, resolve);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            ConnectTimeout = options.ConnectTimeout,
            MaxConnectionsPerServer = options.PerHostConcurrency,
            ResponseDrainTimeout = TimeSpan.FromSeconds(1),
            MaxResponseHeadersLength = 64,
            ConnectCallback = connector.ConnectAsync,
        };
        var client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        return new HttpFetcher(client, options, time ?? TimeProvider.System);
    }

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = _time.GetTimestamp();
        using var deadline = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var url = request.Url;
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                var hop = await FetchHopAsync(url, request, redirects, linked.Token).ConfigureAwait(false);
                if (hop.Redirect is null) return hop.Result! with { ElapsedMs = Elapsed(started) };
                url = hop.Redirect;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (IsNetworkCondition(ex))
        {
            return Describe(ex, url, deadline.IsCancellationRequested) with { ElapsedMs = Elapsed(started) };
        }
    }

    private sealed record Hop(FetchResult? Result, Uri? Redirect);

    private async Task<Hop> FetchHopAsync(Uri url, FetchRequest request, int redirects, CancellationToken cancellationToken)
    {
        var refusal = AddressGuard.PreflightRefusal(url, _options.AllowLoopback);
        if (refusal != null) return Done(Failure(FetchOutcome.Refused, url, $"refused {Redacted(url)}: {refusal}{HopNote(redirects)}"));
        var host = url.IdnHost;
        if (_gate.RemainingWait(host) is { } wait)
        {
            return Done(Failure(FetchOutcome.HttpError, url, $"not sent: {host} asked us to wait another {wait.TotalSeconds:0} s (Retry-After)") with { RetryAfter = wait });
        }

        using var slot = await _gate.EnterAsync(host, cancellationToken).ConfigureAwait(false);
        using var message = BuildRequest(url, request);
        using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;

        if (status is 301 or 302 or 303 or 307 or 308)
        {
            if (response.Headers.Location is not { } location) return Done(Failure(FetchOutcome.HttpError, url, $"HTTP {status} without a Location header") with { StatusCode = status });
            if (redirects >= _options.MaxRedirects) return Done(Failure(FetchOutcome.Refused, url, $"refused: more than {_options.MaxRedirects} redirects") with { StatusCode = status });
            return new Hop(null, location.IsAbsoluteUri ? location : new Uri(url, location));
        }
        if (status == 304)
        {
            return Done(new FetchResult
            {
                Outcome = FetchOutcome.NotModified, FinalUrl = url, StatusCode = status,
                ETag = Header(response, "ETag") ?? request.ETag,
                LastModified = Header(response, "Last-Modified") ?? request.LastModified,
            });
        }
        if (status is < 200 or > 299) return Done(HttpError(url, response, host));

        var cap = request.Purpose == FetchPurpose.Feed ? _options.MaxFeedBytes : _options.MaxPageBytes;
        var declared = response.Content.Headers.ContentLength;
        byte[]? body = null;
        if (declared is null || declared <= cap)
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            body = await CappedBodyReader.ReadAsync(stream, cap, _options.ReadTimeout, _time, cancellationToken).ConfigureAwait(false);
        }
        if (body is null) return Done(Failure(FetchOutcome.TooLarge, url, $"body larger than the {cap / 1024} KiB cap; not read further") with { StatusCode = status });

        var contentType = response.Content.Headers.ContentType;
        return Done(new FetchResult
        {
            Outcome = FetchOutcome.Ok, FinalUrl = url, StatusCode = status, Body = body,
            ContentType = contentType?.MediaType, Charset = contentType?.CharSet?.Trim('"'),
            ETag = Header(response, "ETag"), LastModified = Header(response, "Last-Modified"),
        });
    }

    private FetchResult HttpError(Uri url, HttpResponseMessage response, string host)
    {
        var status = (int)response.StatusCode;
        var retryAfter = RetryAfterHeader.Wait(response.Headers.RetryAfter, _time.GetUtcNow(), _options.MaxRetryAfter);
        if (status == 429 || (status == 503 && retryAfter != null))
        {
            _gate.Defer(host, retryAfter ?? _options.DefaultRetryAfter);
        }
        var reason = string.IsNullOrWhiteSpace(response.ReasonPhrase) ? "" : " " + response.ReasonPhrase.Trim();
        var wait = retryAfter is { } r ? $"; retry after {r.TotalSeconds:0} s" : "";
        return Failure(FetchOutcome.HttpError, url, $"HTTP {status}{reason}{wait}") with { StatusCode = status, RetryAfter = retryAfter };
    }

    private HttpRequestMessage BuildRequest(Uri url, FetchRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", request.Purpose == FetchPurpose.Feed ? FeedAccept : PageAccept);
        if (!string.IsNullOrWhiteSpace(request.ETag)) message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        if (!string.IsNullOrWhiteSpace(request.LastModified)) message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        return message;
    }

    private static bool IsNetworkCondition(Exception ex) =>
        ex is HttpRequestException or IOException or OperationCanceledException or TimeoutException
            or AuthenticationException or AddressRefusedException or System.Net.Sockets.SocketException;

    private FetchResult Describe(Exception ex, Uri url, bool deadlinePassed)
    {
        if (Find<AddressRefusedException>(ex) is { } refused) return Failure(FetchOutcome.Refused, url, "refused: " + refused.Message);
        if (Find<ReadStalledException>(ex) is { } stalled) return Failure(FetchOutcome.Timeout, url, "timeout: " + stalled.Message);
        if (deadlinePassed || ex is OperationCanceledException || Find<TimeoutException>(ex) != null)
        {
            return Failure(FetchOutcome.Timeout, url, $"timeout: no complete response within {_options.Timeout.TotalSeconds:0.#} s");
        }
        var innermost = ex;
        while (innermost.InnerException != null) innermost = innermost.InnerException;
        var detail = innermost == ex ? ex.Message : $"{ex.Message} ({innermost.Message})";
        return Failure(FetchOutcome.NetworkError, url, "network error: " + OneLine(detail));
    }

    private static T? Find<T>(Exception? ex) where T : Exception
    {
        for (; ex != null; ex = ex.InnerException) if (ex is T found) return found;
        return null;
    }

    private static FetchResult Failure(FetchOutcome outcome, Uri url, string error) => new() { Outcome = outcome, FinalUrl = url, Error = OneLine(error) };

    private static Hop Done(FetchResult result) => new(result, null);

    private static string? Header(HttpResponseMessage response, string name)
    {
        var values = response.Headers.NonValidated.TryGetValues(name, out var h) ? h
            : response.Content.Headers.NonValidated.TryGetValues(name, out var c) ? c : default;
        var text = values.ToString();
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static string HopNote(int redirects) => redirects == 0 ? "" : $" (after {redirects} redirect{(redirects == 1 ? "" : "s")})";

    /// <summary>URLs go into logs; user info and query strings may carry tokens.</summary>
    private static string Redacted(Uri url) => url.IsAbsoluteUri ? $"{url.Scheme}://{url.Authority}{url.AbsolutePath}" : "(relative URL)";

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private long Elapsed(long started) => (long)_time.GetElapsedTime(started).TotalMilliseconds;

    public void Dispose() => _client.Dispose();
}
