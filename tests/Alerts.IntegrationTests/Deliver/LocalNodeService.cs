using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Alerts.Cli;

namespace Alerts.IntegrationTests.Deliver;

/// <summary>A dev service from node_modules/.bin on free loopback ports, ended (by its own process id) on dispose.</summary>
public sealed class LocalNodeService : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private LocalNodeService(Process process) => this.process = process;

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<LocalNodeService> StartAsync(string name, IReadOnlyList<string> arguments, params int[] ports)
    {
        var binary = Path.Combine(RepoPaths.Root, "node_modules", ".bin", name);
        if (!File.Exists(binary)) throw new InvalidOperationException($"{name} is not installed at {binary}: run npm ci.");
        var start = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in arguments) start.ArgumentList.Add(arg);
        var service = new LocalNodeService(Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}."));
        service.process.OutputDataReceived += (_, e) => service.Append(e.Data);
        service.process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        service.process.BeginOutputReadLine();
        service.process.BeginErrorReadLine();
        // Generous: node start-up on a busy shared machine can take a while.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!ports.All(Listening))
        {
            if (DateTime.UtcNow > deadline || service.process.HasExited)
            {
                var exited = service.process.HasExited;
                service.Dispose();
                throw new TimeoutException($"{name} {(exited ? "exited" : "did not listen within 90 s")} (ports {string.Join(", ", ports)}): {service.Output()}");
            }
            await Task.Delay(100);
        }
        return service;
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
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
