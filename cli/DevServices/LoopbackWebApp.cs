using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Alerts.Cli.DevServices;

/// <summary>A small Kestrel app on 127.0.0.1 (a free port unless one is given), quiet in the logs.</summary>
public static class LoopbackWebApp
{
    public static async Task<(WebApplication App, Uri BaseAddress)> StartAsync(int port, Action<WebApplication> map, CancellationToken ct = default)
    {
        var bound = port == 0 ? LoopbackPorts.Free() : port;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{bound}");
        var app = builder.Build();
        map(app);
        await app.StartAsync(ct).ConfigureAwait(false);
        return (app, new Uri($"http://127.0.0.1:{bound}/"));
    }
}
