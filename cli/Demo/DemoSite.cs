using System.Security.Cryptography;
using Alerts.Cli.DevServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Alerts.Cli.Demo;

/// <summary>
/// Serves a folder of sample feeds and pages on loopback, with ETag and Last-Modified, so the demo's second
/// cycle shows conditional GETs answered 304. Unknown paths answer 404 (the demo's "gone" feed).
/// </summary>
public sealed class DemoSite(string root) : IAsyncDisposable
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");
    public int Requests { get; private set; }

    public async Task StartAsync(int port = 0)
    {
        (_app, BaseAddress) = await LoopbackWebApp.StartAsync(port,
            app => app.MapGet("/{**path}", (string? path, HttpContext http) => Serve(path ?? "", http))).ConfigureAwait(false);
    }

    private IResult Serve(string path, HttpContext http)
    {
        Requests++;
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) || !File.Exists(full)) return Results.NotFound();
        var bytes = File.ReadAllBytes(full);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"";
        var modified = File.GetLastWriteTimeUtc(full);
        http.Response.Headers.ETag = etag;
        http.Response.Headers.LastModified = modified.ToString("R");
        if (http.Request.Headers.IfNoneMatch.ToString() == etag) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(bytes, ContentType(full));
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".rss" => "application/rss+xml; charset=utf-8",
        ".atom" => "application/atom+xml; charset=utf-8",
        ".json" => "application/feed+json; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        _ => "application/octet-stream",
    };

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync().ConfigureAwait(false);
    }
}
