using Alerts.Cli.DevServices;
using System.Diagnostics;
using System.Net;
using Alerts.Deliver;

namespace Alerts.IntegrationTests.Deliver;

/// <summary>The poster against a real HTTP server on loopback that answers like Teams Workflows does.</summary>
public sealed class TeamsWebhookPosterLoopbackTests : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly int port = LoopbackPorts.Free();
    private readonly List<(DateTimeOffset At, string Path, string Body)> received = [];

    public TeamsWebhookPosterLoopbackTests()
    {
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
    }

    public void Dispose() => listener.Close();

    /// <summary>Answers each request with the next status; the first 429 carries Retry-After: 1.</summary>
    private Task Serve(params int[] statuses) => Task.Run(async () =>
    {
        foreach (var status in statuses)
        {
            var context = await listener.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream);
            var at = DateTimeOffset.UtcNow;
            var body = await reader.ReadToEndAsync();
            lock (received) received.Add((at, context.Request.Url!.AbsolutePath, body));
            context.Response.StatusCode = status;
            if (status == 429) context.Response.AddHeader("Retry-After", "1");
            context.Response.Close();
        }
    });

    private Uri Hook(string path) => new($"http://127.0.0.1:{port}{path}");

    [Fact]
    public async Task WaitsForRetryAfterThenPostsOnce()
    {
        var server = Serve(429, 202);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var poster = new TeamsWebhookPoster(http, new RetryPolicy(new RetryPolicyOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(10) }));
        const string payload = "{\"type\":\"message\",\"attachments\":[]}";

        var watch = Stopwatch.StartNew();
        var result = await poster.PostAsync(Hook("/workflows/abc/invoke"), payload);
        await server.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal(2, received.Count);
        Assert.All(received, r => Assert.Equal(payload, r.Body));
        Assert.True(received[1].At - received[0].At >= TimeSpan.FromMilliseconds(900), $"second post after {(received[1].At - received[0].At).TotalMilliseconds} ms");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task DeletedWebhookIsPermanentAfterOnePost()
    {
        var server = Serve(404);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var result = await new TeamsWebhookPoster(http).PostAsync(Hook("/gone"), "{}");
        await server.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(SendOutcome.Permanent, result.Outcome);
        Assert.Single(received);
    }

    [Fact]
    public async Task ServerDownIsTransient()
    {
        listener.Stop();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var result = await new TeamsWebhookPoster(http, RetryPolicy.None).PostAsync(Hook("/x"), "{}");
        Assert.Equal(SendOutcome.Transient, result.Outcome);
    }
}
