using System.Net;
using System.Net.Sockets;
using Alerts.Cli.DevServices;
using Alerts.Storage;

namespace Alerts.IntegrationTests.Infra;

/// <summary>
/// The test Azurite is ready when Azurite says its services listen, not when something answers on its ports: a port
/// another process took in the meantime answers too, while Azurite exits with EADDRINUSE.
/// </summary>
public sealed class AzuriteStartTests
{
    [Fact]
    public async Task A_taken_port_makes_it_start_again_on_new_ports_and_the_result_works()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var taken = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var attempts = 0;
        using var azurite = await Azurite.StartAsync(() => ++attempts == 1
            ? (LoopbackPorts.Free(), LoopbackPorts.Free(), taken)
            : (LoopbackPorts.Free(), LoopbackPorts.Free(), LoopbackPorts.Free()));

        Assert.Equal(2, attempts);
        Assert.NotEqual(taken, azurite.TablePort);
        await StorageClients.FromConnectionString(azurite.ConnectionString).EnsureCreatedAsync();
    }

    [Fact]
    public async Task A_port_taken_on_every_attempt_is_an_error_that_says_why()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var taken = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var error = await Assert.ThrowsAsync<AzuriteExitedException>(() => Azurite.StartAsync(() => (LoopbackPorts.Free(), taken, LoopbackPorts.Free())));
        Assert.Contains("EADDRINUSE", error.Message);
    }
}
