using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Alerts.Cli.DevServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Alerts.Cli.Bench;

/// <summary>
/// The benchmark's feeds, held in memory and served on several loopback addresses (127.0.1.1, 127.0.1.2, ...) on one
/// port, so that feeds live on many hosts as they do in production and the fetcher's per-host politeness limit applies
/// per host rather than to every feed at once. Answers If-None-Match with 304, as most publishers do. Any other path
/// of the form /{seed}/story-{n}.html is an article page generated from its seed. With a <see cref="Latency"/>, every
/// answer waits that long first, as a distant publisher's server does (the wait holds no thread).
/// </summary>
public sealed class BenchFeedSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (byte[] Body, string ETag)> _feeds = new(StringComparer.Ordinal);
    private WebApplication? _app;

    private readonly ConcurrentDictionary<string, byte[]> _articles = new(StringComparer.Ordinal);
    private int _articleRequests;

    public BenchFeedSite(int hosts, TimeSpan latency = default)
    {
        Hosts = Math.Clamp(hosts, 1, 250);
        Latency = latency;
    }

    public int Hosts { get; }
    public TimeSpan Latency { get; }
    public int ArticleRequests => Volatile.Read(ref _articleRequests);

    /// <summary>The host part of feed <paramref name="index"/>'s URL, under which its items' article pages are served too.</summary>
    public string BaseOf(int index) => $"http://127.0.1.{index % Hosts + 1}:{Port}";
    public int Port { get; private set; }

    /// <summary>Where feed <paramref name="index"/> is served: feeds are spread over the hosts in turn.</summary>
    public Uri UrlOf(int index, string name) => new($"{BaseOf(index)}/{name}");

    public void Put(string name, string xml)
    {
        var body = Encoding.UTF8.GetBytes(xml);
        _feeds[name] = (body, "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"");
    }

    public string Get(string name) => Encoding.UTF8.GetString(_feeds[name].Body);

    public async Task StartAsync()
    {
        Port = LoopbackPorts.Free();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            for (var h = 1; h <= Hosts; h++) k.Listen(IPAddress.Parse($"127.0.1.{h}"), Port);
        });
        _app = builder.Build();
        _app.MapGet("/{seed:int}/{page}", async (int seed, string page, CancellationToken ct) =>
        {
            if (Latency > TimeSpan.Zero) await Task.Delay(Latency, ct).ConfigureAwait(false);
            Interlocked.Increment(ref _articleRequests);
            var body = _articles.GetOrAdd($"{seed}/{page}", key => Encoding.UTF8.GetBytes(BenchCorpus.ArticlePage(seed * 1009 + key.Sum(c => c), 6)));
            return Results.Bytes(body, "text/html; charset=utf-8");
        });
        _app.MapGet("/{name}", async (string name, HttpContext http, CancellationToken ct) =>
        {
            if (Latency > TimeSpan.Zero) await Task.Delay(Latency, ct).ConfigureAwait(false);
            if (!_feeds.TryGetValue(name, out var feed)) return Results.NotFound();
            http.Response.Headers.ETag = feed.ETag;
            return http.Request.Headers.IfNoneMatch.ToString() == feed.ETag
                ? Results.StatusCode(StatusCodes.Status304NotModified)
                : Results.Bytes(feed.Body, "application/rss+xml; charset=utf-8");
        });
        await _app.StartAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync().ConfigureAwait(false);
    }
}
