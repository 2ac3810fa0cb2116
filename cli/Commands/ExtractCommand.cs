using System.CommandLine;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Alerts.Extract;

namespace Alerts.Cli.Commands;

/// <summary>./alerts extract FILE.html|URL...: the article text and metadata of each input as one JSON line.</summary>
public sealed class ExtractCommand : ICliCommand
{
    /// <summary>Larger responses are cut off; no article needs more and the cap keeps hostile servers harmless.</summary>
    internal const int MaxBytes = 5 * 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Command Build()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "HTML files or http(s) URLs", Arity = ArgumentArity.OneOrMore };
        var baseUrl = new Option<string?>("--base-url") { Description = "Address to resolve links against for local files" };
        var command = new Command("extract", "Extract article text, title, byline, date and language from HTML pages (JSON Lines)");
        command.Arguments.Add(inputs);
        command.Options.Add(baseUrl);
        command.SetAction(async (parse, ct) =>
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            return await RunAsync(parse.GetValue(inputs) ?? [], parse.GetValue(baseUrl), Console.Out, Console.Error, http, ct);
        });
        return command;
    }

    /// <summary>Exit 0 when every input was read, 1 when any could not be (the others are still written), 2 for a bad --base-url.</summary>
    internal static async Task<int> RunAsync(IReadOnlyList<string> inputs, string? baseUrl, TextWriter output, TextWriter error,
        HttpClient http, CancellationToken ct)
    {
        Uri? baseUri = null;
        if (baseUrl != null && !Uri.TryCreate(baseUrl, UriKind.Absolute, out baseUri))
        {
            await error.WriteLineAsync($"extract: --base-url '{baseUrl}' is not an absolute URL");
            return 2;
        }
        var extractor = new ArticleExtractor();
        var status = 0;
        foreach (var input in inputs)
        {
            string html;
            Uri? pageUri;
            try
            {
                (html, pageUri) = IsUrl(input, out var url)
                    ? (await FetchAsync(http, url, ct), url)
                    : (HtmlText.Decode(await File.ReadAllBytesAsync(input, ct), null), baseUri);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or HttpRequestException or TaskCanceledException)
            {
                await error.WriteLineAsync($"extract: {input}: {OneLine(e.Message)}");
                status = 1;
                continue;
            }
            var article = extractor.Extract(html, pageUri);
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                source = input,
                title = article.Title,
                byline = article.Byline,
                published = article.Published?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
                lang = article.Lang,
                text = article.Text,
            }, Json));
        }
        return status;
    }

    private static bool IsUrl(string input, out Uri url) =>
        Uri.TryCreate(input, UriKind.Absolute, out url!) && url.Scheme is "http" or "https";

    /// <summary>A plain GET reading at most <see cref="MaxBytes"/>; the page is decoded with the server's charset.</summary>
    private static async Task<string> FetchAsync(HttpClient http, Uri url, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < MaxBytes && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, MaxBytes - buffer.Length)), ct)) > 0)
            buffer.Write(chunk, 0, read);
        return HtmlText.Decode(buffer.ToArray(), Charset(response.Content.Headers.ContentType));
    }

    private static string? Charset(MediaTypeHeaderValue? type) => type?.CharSet;

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
