namespace Alerts.Pipeline;

/// <summary>A missing or invalid setting: a start-up error that names the setting.</summary>
public sealed class ConfigurationException(string setting, string problem)
    : Exception($"Setting '{setting}' {problem}")
{
    public string Setting { get; } = setting;
}
