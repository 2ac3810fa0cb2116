namespace Alerts.Fetch;

/// <summary>What we remember about one source between fetches; the storage layer persists it.</summary>
public sealed record FeedHealth
{
    public required string SourceId { get; init; }
    public DateTimeOffset? LastAttempt { get; init; }
    public DateTimeOffset? LastSuccess { get; init; }
    /// <summary>One line from <see cref="FetchResult.Error"/> or the parser; null after a success.</summary>
    public string? LastError { get; init; }
    public int ConsecutiveFailures { get; init; }
    public DateTimeOffset NextDue { get; init; }
    /// <summary>The last body parsed only after recovery (see ParsedFeed.IllFormed).</summary>
    public bool IllFormed { get; init; }
    public int? LastStatus { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
}
