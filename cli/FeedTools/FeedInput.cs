using Alerts.Fetch;

namespace Alerts.Cli.FeedTools;

/// <summary>One parse-feed argument read into bytes: a local file, or a URL through an <see cref="IFetcher"/>.</summary>
public sealed record FeedInput(string Source, byte[] Bytes, string? Charset, Uri? BaseUri)
{
    /// <exception cref="IOException">The input could not be read; the message is one line for stderr.</exception>
    public static async Task<FeedInput> LoadAsync(string source, Uri? baseUrl, IFetcher fetcher, CancellationToken ct)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            var result = await fetcher.FetchAsync(new FetchRequest(url, FetchPurpose.Feed), ct);
            if (result.Outcome != FetchOutcome.Ok) throw new IOException($"{result.Outcome}: {result.Error}");
            return new FeedInput(source, result.Body, result.Charset, result.FinalUrl);
        }
        if (!File.Exists(source)) throw new IOException("no such file");
        var bytes = await File.ReadAllBytesAsync(source, ct);
        return new FeedInput(source, bytes, null, baseUrl);
    }
}
