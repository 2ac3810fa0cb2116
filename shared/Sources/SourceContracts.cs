using Alerts.Extract;

namespace Alerts.Sources;

public enum SourceKind { Feed, Page }

/// <summary>One configured source, as users edit it in the sources catalogue.</summary>
public sealed record SourceDefinition
{
    public required string Id { get; init; }
    public SourceKind Kind { get; init; } = SourceKind.Feed;
    public required string Url { get; init; }
    public string? Name { get; init; }
    /// <summary>Hint for the detector; the detector still checks.</summary>
    public string? Lang { get; init; }
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(5);
    public bool Enabled { get; init; } = true;
    /// <summary>Required for <see cref="SourceKind.Page"/>.</summary>
    public PageSelectors? Selectors { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>A configuration error that names the source and the field.</summary>
public sealed record SourceError(string SourceId, string Field, string Message)
{
    public override string ToString() => $"source '{SourceId}': {Field}: {Message}";
}
