namespace Alerts.Cli.Faults;

/// <summary>Every fault scenario, in the order the report prints them.</summary>
public static class FaultScenarios
{
    public static IReadOnlyList<FaultScenario> All() =>
    [
        new AzuriteRestartScenario(), new HandlerCrashScenario(), new SmtpDownScenario(), new TeamsThrottledScenario(),
        new TeamsGoneScenario(), new PoisonScenario(), new RunnerRestartScenario(),
    ];
}
