using Alerts.Functions.Contract;
using Alerts.Pipeline;

namespace Alerts.Functions.Deliver;

/// <summary>The return value: what became of the delivery (sent, duplicate, retried, ...).</summary>
public sealed record DeliverReply(string Outcome);

/// <summary>Queue deliveries: send one digest or alert by email or Teams, once per delivery key.</summary>
public sealed class DeliverFunction(DeliverService service) : IFunction
{
    public string Name => "Deliver";

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
    {
        var message = PayloadReader.QueueMessage<DeliveryMessage>(request, "message");
        var outcome = await service.RunAsync(message, context.Cancellation);
        return context.Reply(new DeliverReply(outcome.ToString()));
    }
}
