using Alerts.Observability;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;

namespace Alerts.Functions;

/// <summary>
/// Metrics export: Azure Monitor when APPLICATIONINSIGHTS_CONNECTION_STRING is set; otherwise the console,
/// every Metrics:ConsoleIntervalSeconds (off by default, so local logs stay readable).
/// </summary>
public static class Telemetry
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var appInsights = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var consoleSeconds = int.TryParse(configuration["Metrics:ConsoleIntervalSeconds"], out var s) ? s : 0;
        if (string.IsNullOrEmpty(appInsights) && consoleSeconds <= 0) return;
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(AlertsMetrics.MeterName);
            if (!string.IsNullOrEmpty(appInsights)) metrics.AddAzureMonitorMetricExporter(o => o.ConnectionString = appInsights);
            if (consoleSeconds > 0)
            {
                metrics.AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = consoleSeconds * 1000);
            }
        });
    }
}
