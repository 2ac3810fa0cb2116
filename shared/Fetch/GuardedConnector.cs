using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Alerts.Fetch;

/// <summary>The connection target was refused by <see cref="AddressGuard"/>.</summary>
public sealed class AddressRefusedException(string message) : Exception(message);

/// <summary>
/// The SocketsHttpHandler connect step: resolves the host once, checks every address, and connects to a
/// checked address. Checking and connecting on the same resolution is what stops DNS rebinding (a name that
/// resolves to a public address for the check and to 127.0.0.1 for the connection).
/// </summary>
internal sealed class GuardedConnector(bool allowLoopback, TimeSpan connectTimeout, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
{
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve = resolve ?? Dns.GetHostAddressesAsync;

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await _resolve(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0) throw new HttpRequestException($"host '{host}' has no addresses");
        foreach (var address in addresses)
        {
            var reason = AddressGuard.RefusalReason(address, allowLoopback);
            // One bad address refuses the host: a resolver may return them in any order.
            if (reason != null) throw new AddressRefusedException($"host '{host}' resolves to {address}, which is {reason}");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(connectTimeout);
        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), timeout.Token).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (Exception ex) when (ex is SocketException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                socket.Dispose();
                last = ex is OperationCanceledException ? new TimeoutException($"connect to {address}:{port} timed out") : ex;
            }
        }
        throw new HttpRequestException($"could not connect to '{host}': {last?.Message}", last);
    }
}
