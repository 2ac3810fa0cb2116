using System.Net;
using System.Net.Sockets;

namespace Alerts.Cli.DevServices;

public static class LoopbackPorts
{
    /// <summary>A port the OS says is free on 127.0.0.1 right now.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            var connect = client.ConnectAsync(IPAddress.Loopback, port);
            return connect.Wait(TimeSpan.FromMilliseconds(300)) && client.Connected;
        }
        catch (Exception ex) when (ex is SocketException or AggregateException)
        {
            return false;
        }
    }

    public static async Task WaitListeningAsync(int port, TimeSpan timeout, Func<string>? diagnostics = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (IsListening(port)) return;
            await Task.Delay(100).ConfigureAwait(false);
        }
        throw new TimeoutException($"nothing listened on 127.0.0.1:{port} after {timeout.TotalSeconds:0}s. {diagnostics?.Invoke()}");
    }
}
