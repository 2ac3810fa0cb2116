using Alerts.Functions.Contract;
using Alerts.Pipeline;

namespace Alerts.Functions.AnalyzeItem;

/// <summary>The return value: how many of the message's items were flagged, the stories they joined, and how many were queued again alone.</summary>
public sealed record AnalyzeItemReply(int Items, int Flagged, IReadOnlyList<string> Stories, int Requeued);

/// <summary>
/// Queue items (one item, or a fetch's items packed together): detect, thread into a story, and queue immediate
/// deliveries (output binding "deliveries"). An item that failed while others of its message succeeded goes back to
/// the items queue on its own (output binding "requeued").
/// </summary>
public sealed class AnalyzeItemFunction(AnalyzeItemService service) : IFunction
{
    public string Name => "AnalyzeItem";

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
    {
        var items = PayloadReader.ItemMessages(request, "message");
        var batch = await service.RunBatchAsync(items, context.Cancellation);
        var judged = batch.Results.Where(r => r is not null).Select(r => r!).ToList();
        var deliveries = judged.SelectMany(r => r.Immediate).Select(d => PipelineJson.Serialize(d)).ToArray();
        var requeued = batch.Failed.Select(i => PipelineJson.Serialize(i)).ToArray();
        var stories = judged.Select(r => r.Assignment?.StoryId).OfType<string>().Distinct().ToList();
        return context.Reply(new AnalyzeItemReply(items.Count, judged.Count(r => r.Detection.Flagged), stories, requeued.Length),
            ("deliveries", deliveries), ("requeued", requeued));
    }
}
