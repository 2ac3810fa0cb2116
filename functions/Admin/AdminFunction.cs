using Alerts.Functions.Contract;
using Alerts.Observability;
using Alerts.Subscribers;

namespace Alerts.Functions.Admin;

/// <summary>The body of POST /api/admin/teams.</summary>
public sealed record RegisterTeamsRequest
{
    public string? WebhookUrl { get; init; }
    public string? Name { get; init; }
    public SubscriberPreferences? Preferences { get; init; }
}

/// <summary>
/// HTTP /api/admin/{action} (function key): POST admin/teams registers a Teams channel by its Workflows webhook
/// URL; GET admin/subscribers lists subscribers with masked addresses. The webhook URL is a credential and is
/// never logged or echoed in full.
/// </summary>
public sealed class AdminFunction(SubscriptionService subscriptions, ILogger<AdminFunction> log) : IFunction
{
    public string Name => "Admin";

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
                return context.Http(HttpReplies.Error(405, $"admin/{action} does not accept {method}: use GET admin/subscribers or POST admin/teams."));
            default:
                return context.Http(HttpReplies.Error(404, $"Unknown admin action '{action}': use GET admin/subscribers or POST admin/teams."));
        }
    }
}
