using Alerts.Functions.Contract;
using Alerts.Subscribers;

namespace Alerts.Functions.Confirm;

/// <summary>HTTP GET /api/confirm?token= (anonymous): the link of the confirmation mail; activates the subscription once.</summary>
public sealed class ConfirmFunction(SubscriptionService subscriptions) : IFunction
{
    public string Name => "Confirm";

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
    {
        var http = PayloadReader.Http(request);
        var result = await subscriptions.ConfirmAsync(HttpBodies.Query(http, "token"), context.Cancellation);
        return context.Http(HttpReplies.FromResult(result, carriesToken: true));
    }
}
