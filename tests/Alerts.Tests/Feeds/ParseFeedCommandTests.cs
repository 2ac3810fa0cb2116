using System.Net;
using System.Text;
using System.Text.Json;
using Alerts.Cli.Commands;
using Alerts.Cli.FeedTools;
using Alerts.Feeds;
using Alerts.Fetch;
using Moq;

namespace Alerts.Tests.Feeds;

public class ParseFeedCommandTests
{
    private static async Task<(int Exit, List<JsonElement> Lines, string Errors)> Run(IEnumerable<string> inputs, Uri? baseUri = null, IFetcher? fetcher = null)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await ParseFeedCommand.RunAsync(inputs, baseUri, fetcher ?? Mock.Of<IFetcher>(), new FeedParser(), output, errors);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (exit, lines, errors.ToString());
    }

    [Fact]
    public async Task Writes_one_json_line_per_feed_with_items_and_utc_dates()
    {
        var (exit, lines, errors) = await Run([FeedFixtures.PathOf("rss20.xml"), FeedFixtures.PathOf("atom10.xml")]);

        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        Assert.Equal(2, lines.Count);
        var rss = lines[0];
        Assert.Equal(FeedFixtures.PathOf("rss20.xml"), rss.GetProperty("source").GetString());
        Assert.Equal("rss2.0", rss.GetProperty("format").GetString());
        Assert.Equal("Global Desk", rss.GetProperty("title").GetString());
        Assert.False(rss.GetProperty("illFormed").GetBoolean());
        var item = rss.GetProperty("items")[0];
        Assert.Equal("2024-11-13T13:05:00Z", item.GetProperty("published").GetString());
        Assert.Equal("gd-2024-1187", item.GetProperty("id").GetString());
        Assert.Equal("Maria Lopez", item.GetProperty("authors")[0].GetString());
        Assert.Equal(2451123, item.GetProperty("enclosures")[0].GetProperty("length").GetInt64());
        Assert.Equal(JsonValueKind.Null, rss.GetProperty("items")[1].GetProperty("published").ValueKind);
        Assert.Equal("https://monitor.example/news/2024/treasury-tightens", lines[1].GetProperty("items")[0].GetProperty("link").GetString());
    }

    [Fact]
    public async Task Unreadable_input_fails_with_one_stderr_line_and_the_rest_still_runs()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-feed-" + Guid.NewGuid() + ".xml");
        var html = Path.Combine(Path.GetTempPath(), "page-" + Guid.NewGuid() + ".html");
        await File.WriteAllTextAsync(html, "<!DOCTYPE html><html><body>Not a feed</body></html>");
        try
        {
            var (exit, lines, errors) = await Run([missing, FeedFixtures.PathOf("rdf.xml"), html]);

            Assert.NotEqual(0, exit);
            Assert.Single(lines);
            Assert.Equal("rdf", lines[0].GetProperty("format").GetString());
            var errorLines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, errorLines.Length);
            Assert.Contains("no such file", errorLines[0], StringComparison.Ordinal);
            Assert.Contains("HTML page", errorLines[1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(html);
        }
    }

    [Fact]
    public async Task Recovered_ill_formed_feed_still_exits_zero_and_reports_problems()
    {
        var (exit, lines, _) = await RunOnTempFeed(FeedFixtures.Rss("<title>Smith & Jones freed</title>"), null);

        Assert.Equal(0, exit);
        Assert.True(lines[0].GetProperty("illFormed").GetBoolean());
        Assert.True(lines[0].GetProperty("problems").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Base_url_resolves_relative_links_of_local_files()
    {
        var (_, lines, _) = await RunOnTempFeed(FeedFixtures.Rss("<title>Relative</title><link>story/1</link>"), new Uri("https://desk.example/feeds/main.xml"));

        Assert.Equal("https://desk.example/feeds/story/1", lines[0].GetProperty("items")[0].GetProperty("link").GetString());
    }

    private static async Task<(int Exit, List<JsonElement> Lines, string Errors)> RunOnTempFeed(string xml, Uri? baseUri)
    {
        var path = Path.Combine(Path.GetTempPath(), "feed-" + Guid.NewGuid() + ".xml");
        await File.WriteAllTextAsync(path, xml);
        try
        {
            return await Run([path], baseUri);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Urls_go_through_the_fetcher_with_its_charset_and_final_url()
    {
        var url = "https://lenta.example/rss";
        var body = FeedFixtures.Encode(FeedFixtures.Rss("<title>Освобождён</title><link>/news/1</link>").Replace("<?xml version=\"1.0\"?>", "", StringComparison.Ordinal), "windows-1251");
        var fetcher = new Mock<IFetcher>();
        fetcher.Setup(f => f.FetchAsync(It.Is<FetchRequest>(r => r.Url == new Uri(url) && r.Purpose == FetchPurpose.Feed), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new FetchResult { Outcome = FetchOutcome.Ok, FinalUrl = new Uri("https://lenta.example/rss/final"), Body = body, Charset = "windows-1251" });

        var (exit, lines, _) = await Run([url], fetcher: fetcher.Object);

        Assert.Equal(0, exit);
        Assert.Equal("Освобождён", lines[0].GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal("https://lenta.example/news/1", lines[0].GetProperty("items")[0].GetProperty("link").GetString());
    }

    [Fact]
    public async Task Failed_fetch_is_reported_and_exits_non_zero()
    {
        var fetcher = new Mock<IFetcher>();
        fetcher.Setup(f => f.FetchAsync(It.IsAny<FetchRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new FetchResult { Outcome = FetchOutcome.HttpError, FinalUrl = new Uri("https://x.example/"), StatusCode = 404, Error = "HTTP 404 Not Found" });

        var (exit, lines, errors) = await Run(["https://x.example/feed"], fetcher: fetcher.Object);

        Assert.Equal(1, exit);
        Assert.Empty(lines);
        Assert.Contains("HTTP 404", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_fetcher_stops_reading_past_the_size_cap()
    {
        using var http = new HttpClient(new FixedResponseHandler(new byte[5000]));
        var fetcher = new PlainHttpFetcher(http, maxBytes: 1000);

        var result = await fetcher.FetchAsync(new FetchRequest(new Uri("https://big.example/feed"), FetchPurpose.Feed));

        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
        Assert.Empty(result.Body);
    }

    [Fact]
    public async Task Plain_fetcher_returns_body_and_charset()
    {
        using var http = new HttpClient(new FixedResponseHandler(Encoding.UTF8.GetBytes("<rss/>"), "application/rss+xml; charset=koi8-r"));

        var result = await new PlainHttpFetcher(http).FetchAsync(new FetchRequest(new Uri("https://small.example/feed"), FetchPurpose.Feed));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal("koi8-r", result.Charset);
        Assert.Equal("<rss/>", Encoding.UTF8.GetString(result.Body));
    }

    private sealed class FixedResponseHandler(byte[] body, string contentType = "application/xml") : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
