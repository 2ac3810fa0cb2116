using System.IO.Compression;
using System.Text;
using Alerts.Fetch;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Alerts.Tests.Fetch;

public sealed class HttpFetcherTests
{
    private const string FeedText = "<rss version=\"2.0\"><channel><title>Releases</title><item><title>Prisoner freed</title></item></channel></rss>";

    internal static HttpFetcher LoopbackFetcher(Action<FetchOptions>? configure = null)
    {
        var options = new FetchOptions { AllowLoopback = true, Timeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        return HttpFetcher.Create(options);
    }

    [Fact]
    public async Task Conditional_get_returns_not_modified_with_the_validators()
    {
        const string etag = "\"v7\"";
        const string lastModified = "Sat, 21 Nov 2026 10:00:00 GMT";
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", (HttpContext ctx) =>
        {
            var req = ctx.Request.Headers;
            if (req.IfNoneMatch == etag || req.IfModifiedSince == lastModified) return Results.StatusCode(304);
            ctx.Response.Headers.ETag = etag;
            ctx.Response.Headers.LastModified = lastModified;
            return Results.Text(FeedText, "application/rss+xml; charset=utf-8");
        }));
        using var fetcher = LoopbackFetcher();

        var first = await fetcher.FetchAsync(new FetchRequest(server.Url("feed"), FetchPurpose.Feed));
        Assert.Equal(FetchOutcome.Ok, first.Outcome);
        Assert.Equal(etag, first.ETag);
        Assert.Equal(lastModified, first.LastModified);
        Assert.Equal("application/rss+xml", first.ContentType);
        Assert.Equal("utf-8", first.Charset);

        var byEtag = await fetcher.FetchAsync(new FetchRequest(server.Url("feed"), FetchPurpose.Feed, ETag: first.ETag));
        Assert.Equal(FetchOutcome.NotModified, byEtag.Outcome);
        Assert.Equal(304, byEtag.StatusCode);
        Assert.Equal(etag, byEtag.ETag);
        Assert.True(byEtag.IsSuccess);
        Assert.Empty(byEtag.Body);

        var byDate = await fetcher.FetchAsync(new FetchRequest(server.Url("feed"), FetchPurpose.Feed, LastModified: first.LastModified));
        Assert.Equal(FetchOutcome.NotModified, byDate.Outcome);
        Assert.Equal(lastModified, byDate.LastModified);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task Compressed_bodies_are_decompressed(string encoding)
    {
        string? acceptEncoding = null;
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", async (HttpContext ctx) =>
        {
            acceptEncoding = ctx.Request.Headers.AcceptEncoding;
            ctx.Response.Headers.ContentEncoding = encoding;
            ctx.Response.ContentType = "application/rss+xml";
            await ctx.Response.Body.WriteAsync(Compress(Encoding.UTF8.GetBytes(FeedText), encoding));
        }));
        using var fetcher = LoopbackFetcher();

        var result = await fetcher.FetchAsync(new FetchRequest(server.Url("feed"), FetchPurpose.Feed));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(FeedText, Encoding.UTF8.GetString(result.Body));
        Assert.Contains(encoding, acceptEncoding);
    }

    [Fact]
    public async Task Sends_the_configured_user_agent()
    {
        string? seen = null;
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/", (HttpContext ctx) =>
        {
            seen = ctx.Request.Headers.UserAgent;
            return "ok";
        }));
        using var fetcher = LoopbackFetcher(o => o.UserAgent = "AlertsBot/2.3 (+https://alerts.example/bot)");

        var result = await fetcher.FetchAsync(new FetchRequest(server.BaseUrl, FetchPurpose.Page));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal("AlertsBot/2.3 (+https://alerts.example/bot)", seen);
    }

    [Fact]
    public async Task Follows_five_redirects_and_refuses_the_sixth()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/hop/{n:int}", (int n) => n == 0 ? Results.Text("arrived") : Results.Redirect($"/hop/{n - 1}"));
        });
        using var fetcher = LoopbackFetcher();

        var five = await fetcher.FetchAsync(new FetchRequest(server.Url("hop/5"), FetchPurpose.Page));
        Assert.Equal(FetchOutcome.Ok, five.Outcome);
        Assert.Equal("arrived", Encoding.UTF8.GetString(five.Body));
        Assert.Equal(server.Url("hop/0"), five.FinalUrl);

        var six = await fetcher.FetchAsync(new FetchRequest(server.Url("hop/6"), FetchPurpose.Page));
        Assert.Equal(FetchOutcome.Refused, six.Outcome);
        Assert.Contains("redirects", six.Error);
    }

    [Theory]
    [InlineData("http://10.1.2.3/internal")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[fd00:ec2::254]/")]
    [InlineData("http://2130706433/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://ftp.example.org/feed.xml")]
    public async Task A_redirect_to_a_refused_target_is_refused(string target)
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/go", () => Results.Redirect(target)));
        using var fetcher = LoopbackFetcher();

        var result = await fetcher.FetchAsync(new FetchRequest(server.Url("go"), FetchPurpose.Feed));

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Contains("after 1 redirect", result.Error);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Relative_redirects_resolve_against_the_current_url()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/old/feed", () => Results.Redirect("../new/feed", permanent: true));
            app.MapGet("/new/feed", () => Results.Text(FeedText));
        });
        using var fetcher = LoopbackFetcher();

        var result = await fetcher.FetchAsync(new FetchRequest(server.Url("old/feed"), FetchPurpose.Feed));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(server.Url("new/feed"), result.FinalUrl);
    }

    [Fact]
    public async Task Http_errors_and_dead_ports_are_results_not_exceptions()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/gone", () => Results.StatusCode(410)));
        using var fetcher = LoopbackFetcher();

        var gone = await fetcher.FetchAsync(new FetchRequest(server.Url("gone"), FetchPurpose.Feed));
        Assert.Equal(FetchOutcome.HttpError, gone.Outcome);
        Assert.Equal(410, gone.StatusCode);
        Assert.StartsWith("HTTP 410", gone.Error);

        var deadPort = new Uri($"http://127.0.0.1:{FreePort()}/feed");
        var refused = await fetcher.FetchAsync(new FetchRequest(deadPort, FetchPurpose.Feed));
        Assert.Equal(FetchOutcome.NetworkError, refused.Outcome);
        Assert.DoesNotContain('\n', refused.Error ?? "");
    }

    [Fact]
    public async Task Caller_cancellation_throws()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/slow", async (HttpContext ctx) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), ctx.RequestAborted);
        }));
        using var fetcher = LoopbackFetcher();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.FetchAsync(new FetchRequest(server.Url("slow"), FetchPurpose.Feed), cts.Token));
    }

    internal static byte[] Compress(byte[] data, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "deflate" => new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "br" => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        })
        {
            compressor.Write(data);
        }
        return output.ToArray();
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
