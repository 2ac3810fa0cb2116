using System.Net.Http.Json;
using System.Text.Json;

namespace Alerts.IntegrationTests.Deliver;

/// <summary>maildev on free loopback ports; reads mail back through its REST API (maildev 3 serves it under /api).</summary>
public sealed class MailDevServer : IDisposable
{
    private readonly LocalNodeService service;
    private readonly HttpClient http;

    private MailDevServer(LocalNodeService service, int smtpPort, int webPort)
    {
        this.service = service;
        SmtpPort = smtpPort;
        http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int SmtpPort { get; }

    public static async Task<MailDevServer> StartAsync()
    {
        int smtp = LocalNodeService.FreePort(), web = LocalNodeService.FreePort();
        var service = await LocalNodeService.StartAsync("maildev",
            ["--smtp", smtp.ToString(), "--web", web.ToString(), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1"], smtp, web);
        return new MailDevServer(service, smtp, web);
    }

    public async Task<IReadOnlyList<JsonElement>> ListEmailsAsync()
    {
        var doc = await http.GetFromJsonAsync<JsonElement>("api/email");
        return doc.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    /// <summary>The raw message as received (the listing's "headers" field holds only a few of them).</summary>
    public Task<string> SourceAsync(string id) => http.GetStringAsync($"api/email/{Uri.EscapeDataString(id)}/source");

    public void Dispose()
    {
        http.Dispose();
        service.Dispose();
    }
}
