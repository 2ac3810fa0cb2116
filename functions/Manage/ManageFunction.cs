using Alerts.Functions.Contract;
using Alerts.Observability;
using Alerts.Subscribers;

namespace Alerts.Functions.Manage;

/// <summary>The body of POST /api/manage/teams.</summary>
public sealed record RegisterTeamsRequest
{
    public string? WebhookUrl { get; init; }
    public string? Name { get; init; }
    public SubscriberPreferences? Preferences { get; init; }
}

/// <summary>
/// HTTP /api/manage/{action} (function key): POST manage/teams registers a Teams channel by its Workflows webhook
/// URL; GET manage/subscribers lists subscribers with masked addresses. The webhook URL is a credential and is
/// never logged or echoed in full. Not "admin": the Functions host reserves routes and function names that
/// start with "admin" for its own API and refuses to load such a function.
/// </summary>
public sealed class ManageFunction(SubscriptionService subscriptions, ILogger<ManageFunction> log) : IFunction
{
    public string Name => "Manage";

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
    {
        var http = PayloadReader.Http(request);
        var action = http.Params.TryGetValue("action", out var a) ? a.Trim().ToLowerInvariant() : "";
        var method = http.Method.ToUpperInvariant();
        switch (action, method)
        {
            case ("subscribers", "GET"):
                return context.Http(HttpReplies.FromResult(await subscriptions.ListSubscribersAsync(context.Cancellation), carriesToken: true));
            case ("teams", "POST"):
                if (!HttpBodies.TryJson<RegisterTeamsRequest>(http, out var body, out var error)) return context.Http(HttpReplies.Error(400, error));
                var result = await subscriptions.RegisterTeamsChannelAsync(body!.WebhookUrl, body.Name, body.Preferences, context.Cancellation);
                log.LogInformation("Teams channel registration for {Webhook}: {Status}", Redact.Url(body.WebhookUrl), result.StatusCode);
                return context.Http(HttpReplies.FromResult(result, carriesToken: true));
            case ("subscribers" or "teams", _):
                return context.Http(HttpReplies.Error(405, $"manage/{action} does not accept {method}: use GET manage/subscribers or POST manage/teams."));
            default:
                return context.Http(HttpReplies.Error(404, $"Unknown action '{action}': use GET manage/subscribers or POST manage/teams."));
        }
    }
}
