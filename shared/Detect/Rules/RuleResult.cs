namespace Alerts.Detect.Rules;

/// <summary>What one topic's rules found: a score (0 = nothing), the sub-label, and the deciding sentences.</summary>
public sealed record RuleResult(double Score, string? Label, IReadOnlyList<int> Sentences)
{
    public static readonly RuleResult None = new(0, null, []);
}
