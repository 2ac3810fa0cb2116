namespace Alerts.Deliver;

public sealed record EmailEnvelope
{
    public required string To { get; init; }
    public required string Subject { get; init; }
    public required string Html { get; init; }
    public required string Text { get; init; }
    /// <summary>Stable per delivery, so that a resend after a crash is recognisable as the same message.</summary>
    public required string MessageId { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

public enum SendOutcome
{
    Sent,
    /// <summary>Try again later (network, 408, 429, 5xx, SMTP 4xx).</summary>
    Transient,
    /// <summary>Will not succeed by retrying (4xx other than 408/429, SMTP 5xx on the recipient): mark the channel unhealthy.</summary>
    Permanent,
}

public sealed record SendResult(SendOutcome Outcome, string? Detail = null, TimeSpan? RetryAfter = null)
{
    public static SendResult Ok(string? detail = null) => new(SendOutcome.Sent, detail);
}

public interface IEmailSender
{
    Task<SendResult> SendAsync(EmailEnvelope message, CancellationToken cancellationToken = default);
}

public interface ITeamsPoster
{
    Task<SendResult> PostAsync(Uri webhook, string payloadJson, CancellationToken cancellationToken = default);
}
