using System.Net.Http.Headers;
using Alerts.Fetch;

namespace Alerts.Cli.FeedTools;

/// <summary>
/// A bare HttpClient GET behind <see cref="IFetcher"/> so parse-feed can take URLs before the fetch stage's
/// fetcher (politeness, SSRF guard, conditional GET) is wired in; swapping is a one-line change.
/// </summary>
public sealed class PlainHttpFetcher(HttpClient http, long maxBytes = 10 * 1024 * 1024) : IFetcher
{
    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        var started = Environment.TickCount64;
        try
        {
            using var response = await http.GetAsync(request.Url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var finalUrl = response.RequestMessage?.RequestUri ?? request.Url;
            if (!response.IsSuccessStatusCode)
            {
                return Result(FetchOutcome.HttpError, finalUrl, started, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", response);
            }
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return Result(FetchOutcome.TooLarge, finalUrl, started, $"response larger than {maxBytes} bytes", response);
                }
                buffer.Write(chunk, 0, read);
            }
            return Result(FetchOutcome.Ok, finalUrl, started, null, response) with { Body = buffer.ToArray() };
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FetchResult { Outcome = FetchOutcome.Timeout, FinalUrl = request.Url, Error = "timed out", ElapsedMs = Environment.TickCount64 - started };
        }
        catch (HttpRequestException ex)
        {
            return new FetchResult { Outcome = FetchOutcome.NetworkError, FinalUrl = request.Url, Error = ex.Message, ElapsedMs = Environment.TickCount64 - started };
        }
    }

    private static FetchResult Result(FetchOutcome outcome, Uri finalUrl, long started, string? error, HttpResponseMessage response)
    {
        MediaTypeHeaderValue? type = response.Content.Headers.ContentType;
        return new FetchResult
        {
            Outcome = outcome,
            FinalUrl = finalUrl,
            StatusCode = (int)response.StatusCode,
            ContentType = type?.MediaType,
            Charset = type?.CharSet,
            Error = error,
            ElapsedMs = Environment.TickCount64 - started,
        };
    }
}
