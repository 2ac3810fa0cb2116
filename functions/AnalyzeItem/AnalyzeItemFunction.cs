using System.Text.Json;
using Alerts.Functions.Contract;
using Alerts.Pipeline;

namespace Alerts.Functions.AnalyzeItem;

/// <summary>Queue items: detect, thread into a story, and queue immediate deliveries (output binding "deliveries").</summary>
public sealed class AnalyzeItemFunction(AnalyzeItemService service) : IFunction
{
    public string Name => "AnalyzeItem";

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
    {
        var item = PayloadReader.QueueMessage<ItemMessage>(request, "message");
        var result = await service.RunAsync(item, context.Cancellation);
        var deliveries = (result?.Immediate ?? []).Select(d => JsonSerializer.Serialize(d, PipelineJson.Options)).ToArray();
        return context.Reply(new { flagged = result?.Detection.Flagged ?? false, story = result?.Assignment?.StoryId }, ("deliveries", deliveries));
    }
}
