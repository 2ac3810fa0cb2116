using Alerts.Observability;
using Alerts.Storage;

namespace Alerts.Functions;

/// <summary>
/// Creates the queues and tables in the background at start-up. It does not block start-up: with storage
/// down the handler still answers, and Health reports the storage as unreachable.
/// </summary>
public sealed class StorageInitializer(StorageClients storage, ILogger<StorageInitializer> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await storage.EnsureCreatedAsync(stoppingToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(LogEvents.ConfigurationError, "Storage not ready (attempt {Attempt}): {Message}", attempt, ex.GetBaseException().Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, attempt * 2)), stoppingToken);
            }
        }
    }
}
