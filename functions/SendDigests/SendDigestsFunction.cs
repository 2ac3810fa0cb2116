using Alerts.Functions.Contract;
using Alerts.Pipeline;

namespace Alerts.Functions.SendDigests;

/// <summary>The return value: how many digests were queued.</summary>
public sealed record SendDigestsReply(int Digests);

/// <summary>Timer: queue a digest for every subscriber whose cadence is due (output binding "deliveries").</summary>
public sealed class SendDigestsFunction(SendDigestsService service) : IFunction
{
    public string Name => "SendDigests";

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
    {
        PayloadReader.Timer(request, "timer");
        var digests = await service.RunAsync(context.Cancellation);
        var messages = digests.Select(d => PipelineJson.Serialize(d)).ToArray();
        return context.Reply(new SendDigestsReply(messages.Length), ("deliveries", messages));
    }
}
