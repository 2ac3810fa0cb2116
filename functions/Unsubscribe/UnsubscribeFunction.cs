using Alerts.Functions.Contract;
using Alerts.Subscribers;

namespace Alerts.Functions.Unsubscribe;

/// <summary>
/// HTTP /api/unsubscribe?token= (anonymous). GET shows a page with a button and changes nothing, because mail
/// scanners open links; POST unsubscribes: the page's button, and RFC 8058 one-click from the mail client
/// (body <c>List-Unsubscribe=One-Click</c>). Repeating the POST is harmless.
/// </summary>
public sealed class UnsubscribeFunction(SubscriptionService subscriptions) : IFunction
{
    public string Name => "Unsubscribe";

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
    {
        var http = PayloadReader.Http(request);
        var token = HttpBodies.Query(http, "token");
        var result = http.Method.Equals("POST", StringComparison.OrdinalIgnoreCase)
            ? await subscriptions.UnsubscribeAsync(token, context.Cancellation)
            : subscriptions.UnsubscribePage(token);
        return context.Http(HttpReplies.FromResult(result, carriesToken: true));
    }
}
