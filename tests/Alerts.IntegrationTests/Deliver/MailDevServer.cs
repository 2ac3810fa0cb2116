using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Alerts.Cli;

namespace Alerts.IntegrationTests.Deliver;

/// <summary>maildev from node_modules on free loopback ports, stopped on dispose; reads mail back through its REST API (maildev 3 serves it under /api: GET /api/email).</summary>
public sealed class MailDevServer : IDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder output = new();

    private MailDevServer(Process process, int smtpPort, int webPort)
    {
        this.process = process;
        SmtpPort = smtpPort;
        WebPort = webPort;
    }

    public int SmtpPort { get; }
    public int WebPort { get; }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<MailDevServer> StartAsync()
    {
        var binary = Path.Combine(RepoPaths.Root, "node_modules", ".bin", "maildev");
        if (!File.Exists(binary)) throw new InvalidOperationException($"maildev is not installed at {binary}: run npm ci.");
        int smtp = FreePort(), web = FreePort();
        var start = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["--smtp", smtp.ToString(), "--web", web.ToString(), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1"]) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start maildev.");
        var server = new MailDevServer(process, smtp, web);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Generous: node start-up on a busy shared machine can take a while.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!(Listening(smtp) && Listening(web)))
        {
            if (DateTime.UtcNow > deadline || process.HasExited)
            {
                var exited = process.HasExited;
                server.Dispose();
                throw new TimeoutException($"maildev {(exited ? "exited" : "did not listen within 90 s")} (smtp {smtp}, web {web}): {server.Output()}");
            }
            await Task.Delay(100);
        }
        return server;
    }

    public async Task<IReadOnlyList<JsonElement>> ListEmailsAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{WebPort}/"), Timeout = TimeSpan.FromSeconds(10) };
        var doc = await http.GetFromJsonAsync<JsonElement>("api/email");
        return doc.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    /// <summary>The raw message as received (the listing's "headers" field holds only a few of them).</summary>
    public async Task<string> SourceAsync(string id)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{WebPort}/"), Timeout = TimeSpan.FromSeconds(10) };
        return await http.GetStringAsync($"api/email/{Uri.EscapeDataString(id)}/source");
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line == null) return;
        lock (output) output.AppendLine(line);
    }

    private string Output()
    {
        lock (output) return output.Length == 0 ? "(no output)" : output.ToString();
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
