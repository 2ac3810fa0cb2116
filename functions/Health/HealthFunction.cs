using Alerts.Functions.Contract;
using Alerts.Pipeline;

namespace Alerts.Functions.Health;

/// <summary>HTTP GET /api/health (anonymous): the pipeline's state as JSON; 503 when unhealthy.</summary>
public sealed class HealthFunction(HealthService health) : IFunction
{
    public string Name => "Health";

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
    {
        var report = await health.CheckAsync(context.Cancellation);
        var status = report.Status == "unhealthy" ? 503 : 200;
        return context.Reply(null, ("res", HttpResponseData.Json(status, report)));
    }
}
