namespace Alerts.Digest;

public sealed record DigestSource(string Outlet, string Url, string Title, DateTimeOffset? Published);

/// <summary>One digest entry: a story, never a single item.</summary>
public sealed record DigestStory
{
    public required string StoryId { get; init; }
    public required string Headline { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public string? ReleaseStage { get; init; }
    public string? SanctionsAction { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public int? ReleasedCount { get; init; }
    public IReadOnlyList<string> Evidence { get; init; } = [];
    public IReadOnlyList<DigestSource> Sources { get; init; } = [];
    /// <summary>The story was sent to this subscriber before; this entry reports a later development.</summary>
    public bool IsUpdate { get; init; }
    public DateTimeOffset FirstSeen { get; init; }
    public DateTimeOffset LastUpdated { get; init; }
}

public sealed record DigestDocument
{
    public required string SubscriberId { get; init; }
    public DateTimeOffset WindowStart { get; init; }
    public DateTimeOffset WindowEnd { get; init; }
    public IReadOnlyList<DigestStory> Stories { get; init; } = [];
    public Uri? UnsubscribeUrl { get; init; }
    public Uri? PreferencesUrl { get; init; }
    /// <summary>IANA zone used to show times to this subscriber.</summary>
    public string TimeZone { get; init; } = "UTC";
}

public sealed record EmailContent(string Subject, string Html, string Text);

public interface IEmailDigestRenderer
{
    EmailContent Render(DigestDocument digest);
}

public interface ITeamsCardRenderer
{
    /// <summary>Workflows webhook payloads (JSON), each under the size limit, split between stories, never mid-structure.</summary>
    IReadOnlyList<string> Render(DigestDocument digest);
}
