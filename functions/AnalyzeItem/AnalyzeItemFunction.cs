using Alerts.Functions.Contract;
using Alerts.Pipeline;

namespace Alerts.Functions.AnalyzeItem;

/// <summary>The return value: whether the item was flagged and the story it joined.</summary>
public sealed record AnalyzeItemReply(bool Flagged, string? Story);

/// <summary>Queue items: detect, thread into a story, and queue immediate deliveries (output binding "deliveries").</summary>
public sealed class AnalyzeItemFunction(AnalyzeItemService service) : IFunction
{
    public string Name => "AnalyzeItem";

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
    {
        var item = PayloadReader.QueueMessage<ItemMessage>(request, "message");
        var result = await service.RunAsync(item, context.Cancellation);
        var deliveries = (result?.Immediate ?? []).Select(d => PipelineJson.Serialize(d)).ToArray();
        return context.Reply(new AnalyzeItemReply(result?.Detection.Flagged ?? false, result?.Assignment?.StoryId), ("deliveries", deliveries));
    }
}
