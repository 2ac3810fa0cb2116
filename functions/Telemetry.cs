using Alerts.Observability;
using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;

namespace Alerts.Functions;

/// <summary>
/// Telemetry export. With APPLICATIONINSIGHTS_CONNECTION_STRING set, logs (with their scopes: Function,
/// InvocationId, FeedId, StoryId, SubscriberHash, as customDimensions that docs/ops.md queries) and metrics go
/// to Azure Monitor, authenticated with the managed identity (AZURE_CLIENT_ID) since the resource disables local
/// auth. Locally, metrics can go to the console every Metrics:ConsoleIntervalSeconds (off by default).
/// </summary>
public static class Telemetry
{
    public static void Add(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var appInsights = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var consoleSeconds = int.TryParse(configuration["Metrics:ConsoleIntervalSeconds"], out var s) ? s : 0;
        if (string.IsNullOrEmpty(appInsights) && consoleSeconds <= 0) return;
        TokenCredential? credential = configuration["AZURE_CLIENT_ID"] is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : null;

        if (!string.IsNullOrEmpty(appInsights))
        {
            builder.Logging.AddOpenTelemetry(logs =>
            {
                logs.IncludeScopes = true;
                logs.IncludeFormattedMessage = true;
                logs.AddAzureMonitorLogExporter(o =>
                {
                    o.ConnectionString = appInsights;
                    if (credential is not null) o.Credential = credential;
                });
            });
        }
        builder.Services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(AlertsMetrics.MeterName);
            if (!string.IsNullOrEmpty(appInsights))
            {
                metrics.AddAzureMonitorMetricExporter(o =>
                {
                    o.ConnectionString = appInsights;
                    if (credential is not null) o.Credential = credential;
                });
            }
            if (consoleSeconds > 0)
            {
                metrics.AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = consoleSeconds * 1000);
            }
        });
    }
}
