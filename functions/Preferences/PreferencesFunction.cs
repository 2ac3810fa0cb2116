using Alerts.Functions.Contract;
using Alerts.Subscribers;

namespace Alerts.Functions.Preferences;

/// <summary>
/// HTTP /api/preferences?token= (anonymous, the token is signed and names the subscriber). GET returns the
/// preferences as JSON; PUT replaces them with the JSON body after validation (400 with every problem listed).
/// </summary>
public sealed class PreferencesFunction(SubscriptionService subscriptions) : IFunction
{
    public string Name => "Preferences";

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
    {
        var http = PayloadReader.Http(request);
        var token = HttpBodies.Query(http, "token");
        SubscriptionResult result;
        if (!http.Method.Equals("PUT", StringComparison.OrdinalIgnoreCase))
        {
            result = await subscriptions.GetPreferencesAsync(token, context.Cancellation);
        }
        else if (!HttpBodies.TryJson<SubscriberPreferences>(http, out var preferences, out var error))
        {
            return context.Http(HttpReplies.Secure(HttpReplies.Error(400, error), carriesToken: true));
        }
        else
        {
            result = await subscriptions.UpdatePreferencesAsync(token, preferences, context.Cancellation);
        }
        return context.Http(HttpReplies.FromResult(result, carriesToken: true));
    }
}
