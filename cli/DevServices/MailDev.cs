using System.Net.Http.Json;
using System.Text.Json;

namespace Alerts.Cli.DevServices;

/// <summary>maildev on loopback: an SMTP sink with a REST API (GET /api/email) and a web UI.</summary>
public sealed class MailDev : IDisposable
{
    private NodeService? _service;

    private MailDev(int smtpPort, int webPort)
    {
        SmtpPort = smtpPort;
        WebPort = webPort;
    }

    public int SmtpPort { get; }
    public int WebPort { get; }
    public Uri WebUrl => new($"http://127.0.0.1:{WebPort}/");

    public static async Task<MailDev> StartAsync()
    {
        var m = new MailDev(LoopbackPorts.Free(), LoopbackPorts.Free());
        await m.StartProcessAsync().ConfigureAwait(false);
        return m;
    }

    /// <summary>The demo's maildev on 1025/1080: reused when running, else started detached so the mail stays readable.</summary>
    public static async Task<(MailDev MailDev, bool Started)> EnsureDefaultAsync(string logFile)
    {
        var m = new MailDev(1025, 1080);
        if (LoopbackPorts.IsListening(m.SmtpPort) && LoopbackPorts.IsListening(m.WebPort)) return (m, false);
        new NodeService("maildev", NodeService.BinPath("maildev"), m.Arguments()).StartDetached(logFile);
        await LoopbackPorts.WaitListeningAsync(m.SmtpPort, TimeSpan.FromSeconds(30), () => $"maildev: see {logFile}").ConfigureAwait(false);
        await LoopbackPorts.WaitListeningAsync(m.WebPort, TimeSpan.FromSeconds(30), () => $"maildev: see {logFile}").ConfigureAwait(false);
        return (m, true);
    }

    /// <summary>Stops the SMTP sink (a fault test); <see cref="RestartAsync"/> brings it back on the same ports, empty.</summary>
    public void Kill() => _service?.Kill();

    public async Task RestartAsync()
    {
        _service?.Dispose();
        await StartProcessAsync().ConfigureAwait(false);
    }

    /// <summary>Every message maildev holds, as its REST API returns them.</summary>
    public async Task<IReadOnlyList<JsonElement>> ListEmailsAsync(CancellationToken ct = default)
    {
        using var http = new HttpClient { BaseAddress = WebUrl, Timeout = TimeSpan.FromSeconds(10) };
        var doc = await http.GetFromJsonAsync<JsonElement>("api/email", ct).ConfigureAwait(false);
        return doc.ValueKind == JsonValueKind.Array ? doc.EnumerateArray().Select(e => e.Clone()).ToList() : [];
    }

    /// <summary>One message as it was received (raw MIME), for checking headers the listing leaves out.</summary>
    public async Task<string> SourceAsync(string id, CancellationToken ct = default)
    {
        using var http = new HttpClient { BaseAddress = WebUrl, Timeout = TimeSpan.FromSeconds(10) };
        return await http.GetStringAsync($"api/email/{Uri.EscapeDataString(id)}/source", ct).ConfigureAwait(false);
    }

    public void Dispose() => _service?.Dispose();

    private async Task StartProcessAsync()
    {
        _service = new NodeService("maildev", NodeService.BinPath("maildev"), Arguments());
        _service.Start();
        try
        {
            await LoopbackPorts.WaitListeningAsync(SmtpPort, Azurite.StartTimeout, () => "maildev: " + _service.RecentOutput()).ConfigureAwait(false);
            await LoopbackPorts.WaitListeningAsync(WebPort, Azurite.StartTimeout, () => "maildev: " + _service.RecentOutput()).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _service.Dispose();
            throw;
        }
    }

    private string[] Arguments() =>
        ["--smtp", SmtpPort.ToString(), "--web", WebPort.ToString(), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1"];
}
