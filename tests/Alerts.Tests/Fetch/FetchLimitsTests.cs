using System.IO.Compression;
using Alerts.Fetch;
using Xunit.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Alerts.Tests.Fetch;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasuredCollection
{
    public const string Name = "memory measured";
}

/// <summary>Size caps and timeouts. Run alone: the bomb test measures process-wide allocation.</summary>
[Collection(MemoryMeasuredCollection.Name)]
public sealed class FetchLimitsTests(ITestOutputHelper output)
{
    private const int HundredMegabytes = 100 * 1024 * 1024;
    private static readonly Lazy<byte[]> GzipBomb = new(() =>
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < HundredMegabytes / zeros.Length; i++) gzip.Write(zeros);
        }
        return output.ToArray();
    });

    [Fact]
    public async Task A_gzip_bomb_stops_at_the_cap_with_bounded_memory()
    {
        var bomb = GzipBomb.Value;
        Assert.True(bomb.Length < 1024 * 1024, $"the bomb is {bomb.Length} bytes compressed");
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/bomb", async (HttpContext ctx) =>
        {
            ctx.Response.Headers.ContentEncoding = "gzip";
            ctx.Response.ContentType = "application/rss+xml";
            await ctx.Response.Body.WriteAsync(bomb, ctx.RequestAborted);
        }));
        using var fetcher = HttpFetcherTests.LoopbackFetcher(o => o.MaxFeedBytes = 10 * 1024 * 1024);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = await fetcher.FetchAsync(new FetchRequest(server.Url("bomb"), FetchPurpose.Feed));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        output.WriteLine($"bomb: {bomb.Length} bytes compressed, {allocated / (1024 * 1024)} MB allocated, {result.ElapsedMs} ms");
        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
        Assert.Empty(result.Body);
        Assert.Contains("cap", result.Error);
        // Holding the cap costs about twice the cap while the buffer grows; inflating all 100 MB would cost far more.
        Assert.True(allocated < 48L * 1024 * 1024, $"allocated {allocated / (1024 * 1024)} MB");
    }

    [Fact]
    public async Task A_plain_100_megabyte_body_is_cut_at_the_page_cap()
    {
        long written = 0;
        var done = new TaskCompletionSource();
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/huge", async (HttpContext ctx) =>
        {
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            try
            {
                while (written < HundredMegabytes && !ctx.RequestAborted.IsCancellationRequested)
                {
                    await ctx.Response.Body.WriteAsync(chunk, ctx.RequestAborted);
                    written += chunk.Length;
                    // Kestrel completes writes to a closed connection silently; pausing each megabyte lets it
                    // notice the hang-up, so "written" shows where the client stopped reading.
                    if (written % (1024 * 1024) == 0) await Task.Delay(10, ctx.RequestAborted);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException) { }
            finally { done.TrySetResult(); }
        }));
        using var fetcher = HttpFetcherTests.LoopbackFetcher(o => o.MaxPageBytes = 5 * 1024 * 1024);

        var result = await fetcher.FetchAsync(new FetchRequest(server.Url("huge"), FetchPurpose.Page));
        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        output.WriteLine($"100 MB body: server wrote {written / (1024 * 1024)} MB before the client hung up; {result.ElapsedMs} ms");

        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
        Assert.True(written < 50L * 1024 * 1024, $"the server got to write {written / (1024 * 1024)} MB");
    }

    [Fact]
    public async Task A_declared_length_over_the_cap_is_refused_without_reading()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/big", (HttpContext ctx) =>
        {
            ctx.Response.ContentLength = 2048;
            return ctx.Response.Body.WriteAsync(new byte[2048]).AsTask();
        }));
        using var fetcher = HttpFetcherTests.LoopbackFetcher(o => o.MaxFeedBytes = 1024);

        var result = await fetcher.FetchAsync(new FetchRequest(server.Url("big"), FetchPurpose.Feed));

        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
    }

    [Fact]
    public async Task A_body_exactly_at_the_cap_is_accepted()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/exact", (HttpContext ctx) =>
            ctx.Response.Body.WriteAsync(new byte[1024]).AsTask()));
        using var fetcher = HttpFetcherTests.LoopbackFetcher(o => o.MaxFeedBytes = 1024);

        var result = await fetcher.FetchAsync(new FetchRequest(server.Url("exact"), FetchPurpose.Feed));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(1024, result.Body.Length);
    }

    [Fact]
    public async Task A_slow_drip_server_hits_the_overall_timeout()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/drip", async (HttpContext ctx) =>
        {
            try
            {
                while (!ctx.RequestAborted.IsCancellationRequested)
                {
                    await ctx.Response.Body.WriteAsync("<"u8.ToArray(), ctx.RequestAborted);
                    await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
                    await Task.Delay(100, ctx.RequestAborted);
                }
            }
            catch (OperationCanceledException) { }
        }));
        using var fetcher = HttpFetcherTests.LoopbackFetcher(o => { o.Timeout = TimeSpan.FromSeconds(1); o.ReadTimeout = TimeSpan.FromSeconds(5); });

        var result = await fetcher.FetchAsync(new FetchRequest(server.Url("drip"), FetchPurpose.Feed));

        Assert.Equal(FetchOutcome.Timeout, result.Outcome);
        Assert.Contains("within 1 s", result.Error);
    }

    [Fact]
    public async Task A_stalled_body_hits_the_read_timeout()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/stall", async (HttpContext ctx) =>
        {
            await ctx.Response.Body.WriteAsync("<rss>"u8.ToArray());
            await ctx.Response.Body.FlushAsync();
            try { await Task.Delay(TimeSpan.FromSeconds(10), ctx.RequestAborted); }
            catch (OperationCanceledException) { }
        }));
        using var fetcher = HttpFetcherTests.LoopbackFetcher(o => { o.Timeout = TimeSpan.FromSeconds(8); o.ReadTimeout = TimeSpan.FromMilliseconds(300); });

        var result = await fetcher.FetchAsync(new FetchRequest(server.Url("stall"), FetchPurpose.Feed));

        Assert.Equal(FetchOutcome.Timeout, result.Outcome);
        Assert.Contains("no data for", result.Error);
    }
}
