using Alerts.Functions.Contract;
using Alerts.Pipeline;

namespace Alerts.Functions.FetchFeed;

/// <summary>
/// Queue feeds-due: fetch and parse one source. New items go to the items queue through the storage SDK
/// rather than an output binding, because they must be queued before they are marked seen (see FetchFeedService).
/// </summary>
public sealed class FetchFeedFunction(FetchFeedService service) : IFunction
{
    public string Name => "FetchFeed";

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
    {
        var message = PayloadReader.QueueMessage<FeedDueMessage>(request, "message");
        var summary = await service.RunAsync(message, context.Cancellation);
        return context.Reply(summary);
    }
}
