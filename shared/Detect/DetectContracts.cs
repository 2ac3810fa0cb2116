namespace Alerts.Detect;

/// <summary>What the detector reads of an item. Lang may be missing: the detector detects it.</summary>
public sealed record DetectInput
{
    public required string Id { get; init; }
    public string? Lang { get; init; }
    public string Title { get; init; } = "";
    public string? Summary { get; init; }
    public string? Content { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? Published { get; init; }
}

public static class Topic
{
    public const string PrisonerRelease = "prisoner_release";
    public const string Sanctions = "sanctions";
}

public static class ReleaseStage
{
    public const string Talks = "talks";
    public const string Confirmed = "confirmed";
}

public static class SanctionsAction
{
    public const string Imposed = "imposed";
    public const string Eased = "eased";
    public const string Discussed = "discussed";
}

public sealed record Detection
{
    public IReadOnlyList<string> Topics { get; init; } = [];
    public string? ReleaseStage { get; init; }
    public string? SanctionsAction { get; init; }
    /// <summary>ISO 3166-1 alpha-2, plus EU.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];
    public int? ReleasedCount { get; init; }
    /// <summary>The phrases that decided it, shown to users as "why flagged".</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];
    public double Confidence { get; init; }
    public string Lang { get; init; } = "en";
    public bool Flagged => Topics.Count > 0;
}

public interface IDetector
{
    Detection Detect(DetectInput item);
}

public interface ILanguageDetector
{
    /// <summary>One of en, ru, be, uk, de, fr, pl (or another ISO 639-1 code when sure).</summary>
    string Detect(string text);
}

public interface ICountryExtractor
{
    IReadOnlyList<string> Extract(string text, string lang);
}

public interface IReleasedCountExtractor
{
    int? Extract(string text, string lang);
}
