using Alerts.Functions.Contract;
using Alerts.Subscribers;

namespace Alerts.Functions.Subscribe;

/// <summary>The body of POST /api/subscribe, as JSON.</summary>
public sealed record SubscribeRequest
{
    public string? Email { get; init; }
    public string? Name { get; init; }
    public SubscriberPreferences? Preferences { get; init; }
}

/// <summary>
/// HTTP POST /api/subscribe (anonymous): JSON {email, name?, preferences?} or an HTML form (email, name, and
/// optionally topics, countries, stages, languages as comma lists, cadence, timeZone, quietHours). Sends the
/// confirmation mail; nothing is delivered before the link in it is opened.
/// </summary>
public sealed class SubscribeFunction(SubscriptionService subscriptions) : IFunction
{
    public string Name => "Subscribe";

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
    {
        var http = PayloadReader.Http(request);
        if (!TryRead(http, out var body, out var error)) return context.Http(HttpReplies.Error(400, error));
        if (string.IsNullOrWhiteSpace(body!.Email)) return context.Http(HttpReplies.Error(400, "The field 'email' is required."));
        var result = await subscriptions.SubscribeAsync(body.Email, body.Name, body.Preferences, context.Cancellation);
        return context.Http(HttpReplies.FromResult(result, carriesToken: false));
    }

    internal static bool TryRead(HttpRequestData http, out SubscribeRequest? body, out string error)
    {
        if (!HttpBodies.IsForm(http)) return HttpBodies.TryJson(http, out body, out error);
        error = "";
        var form = HttpBodies.Form(http);
        string? Field(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var hasPreferences = new[] { "topics", "countries", "stages", "languages", "cadence", "timeZone", "quietHours" }.Any(f => Field(f) != null);
        var defaults = new SubscriberPreferences();
        body = new SubscribeRequest
        {
            Email = Field("email"),
            Name = Field("name"),
            Preferences = !hasPreferences ? null : new SubscriberPreferences
            {
                Topics = HttpBodies.List(Field("topics")), Countries = HttpBodies.List(Field("countries")),
                Stages = HttpBodies.List(Field("stages")), Languages = HttpBodies.List(Field("languages")),
                Cadence = Field("cadence") ?? defaults.Cadence, TimeZone = Field("timeZone") ?? defaults.TimeZone, QuietHours = Field("quietHours"),
            },
        };
        return true;
    }
}
