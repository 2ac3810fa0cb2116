namespace Alerts.Pipeline;

/// <summary>Missing or invalid settings: a start-up error whose message names every bad setting.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string setting, string problem) : this([$"Setting '{setting}' {problem}"]) { }

    public ConfigurationException(IReadOnlyList<string> problems)
        : base(problems.Count == 1 ? problems[0] : "Configuration errors:\n  " + string.Join("\n  ", problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
