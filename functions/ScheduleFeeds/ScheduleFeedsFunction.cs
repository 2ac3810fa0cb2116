using Alerts.Functions.Contract;
using Alerts.Pipeline;

namespace Alerts.Functions.ScheduleFeeds;

/// <summary>The return value: how many feeds were due.</summary>
public sealed record ScheduleFeedsReply(int Due);

/// <summary>Timer: queue one feeds-due message per due source (output binding "feedsDue").</summary>
public sealed class ScheduleFeedsFunction(ScheduleFeedsService service) : IFunction
{
    public string Name => "ScheduleFeeds";

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
    {
        PayloadReader.Timer(request, "timer");
        var due = await service.RunAsync(context.Cancellation);
        var messages = due.Select(m => PipelineJson.Serialize(m)).ToArray();
        return context.Reply(new ScheduleFeedsReply(messages.Length), ("feedsDue", messages));
    }
}
