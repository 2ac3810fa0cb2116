using System.Collections.Concurrent;
using Alerts.Cli.DevServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Alerts.Cli.Demo;

public sealed record ReceivedPost(string Channel, string Body, DateTimeOffset At);

/// <summary>
/// A stand-in for a Teams Workflows webhook on loopback: POST /webhook/{channel} answers 202 Accepted, as
/// Teams does, and keeps the payload (also written to a folder, when given). Tests script other answers.
/// </summary>
public sealed class WebhookReceiver(string? saveFolder = null) : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedPost> _posts = new();
    private readonly ConcurrentQueue<Func<HttpContext, IResult?>> _script = new();
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");
    public IReadOnlyList<ReceivedPost> Posts => _posts.ToList();
    public int Attempts { get; private set; }

    public Uri Webhook(string channel) => new(BaseAddress, "webhook/" + channel);

    /// <summary>The next requests get these answers, in order (e.g. 429 with Retry-After); after that, 202.</summary>
    public void Script(params Func<HttpContext, IResult?>[] answers)
    {
        foreach (var a in answers) _script.Enqueue(a);
    }

    public async Task StartAsync(int port = 0)
    {
        (_app, BaseAddress) = await LoopbackWebApp.StartAsync(port, app => app.MapPost("/webhook/{channel}", async (string channel, HttpContext http) =>
        {
            Attempts++;
            if (_script.TryDequeue(out var scripted) && scripted(http) is { } answer) return answer;
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            _posts.Enqueue(new ReceivedPost(channel, body, DateTimeOffset.UtcNow));
            if (saveFolder is not null)
            {
                Directory.CreateDirectory(saveFolder);
                await File.WriteAllTextAsync(Path.Combine(saveFolder, $"teams-{channel}-{_posts.Count}.json"), body);
            }
            return Results.StatusCode(StatusCodes.Status202Accepted);
        })).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync().ConfigureAwait(false);
    }
}
