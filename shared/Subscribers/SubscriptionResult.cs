namespace Alerts.Subscribers;

/// <summary>
/// The outcome of a subscription request, ready to map onto HTTP: a status code, a message a person can act
/// on, and either an HTML page (links opened in a browser) or a body for JSON endpoints.
/// </summary>
public sealed record SubscriptionResult(int StatusCode, string Message, string? Html = null, object? Body = null)
{
    public bool Success => StatusCode is >= 200 and < 300;

    public static SubscriptionResult Ok(string message, object? body = null) => new(200, message, Body: body);
    public static SubscriptionResult Page(int status, string title, string message, string? formAction = null, string? button = null) =>
        new(status, message, SubscriptionPages.Render(title, message, formAction, button));
    public static SubscriptionResult BadRequest(string message) => new(400, message);
    public static SubscriptionResult NotFound(string message) => new(404, message);
}

/// <summary>The body of a registration answer: the subscriber's id.</summary>
public sealed record RegisteredSubscriber(string Id);

public sealed record SubscriptionOptions
{
    /// <summary>Where the subscription endpoints live, e.g. https://alerts.example.org/api/subscriptions/.</summary>
    public required Uri PublicBaseUrl { get; init; }
    public TimeSpan ConfirmLinkLifetime { get; init; } = TimeSpan.FromDays(2);
    /// <summary>Unsubscribe and preferences links sit in every digest and must keep working for a long time.</summary>
    public TimeSpan DigestLinkLifetime { get; init; } = TimeSpan.FromDays(400);
}
