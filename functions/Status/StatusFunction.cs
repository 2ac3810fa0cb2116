using Alerts.Functions.Contract;
using Alerts.Pipeline;

namespace Alerts.Functions.Status;

/// <summary>HTTP GET /api/status (function key): the pipeline's state as an HTML page for people.</summary>
public sealed class StatusFunction(StatusService status) : IFunction
{
    public string Name => "Status";

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
    {
        var report = await status.GatherAsync(context.Cancellation);
        // The page is reached with the function key in the URL and shows operational detail: never cache it.
        return context.Http(HttpReplies.Secure(HttpResponseData.Html(200, StatusPage.Render(report)), carriesToken: true));
    }
}
