using Alerts.Cli.Faults;
using Xunit;
using Xunit.Abstractions;

namespace Alerts.IntegrationTests.Faults;

public sealed class RunnerRestartTests(ITestOutputHelper output)
{
    [Fact]
    public Task A_runner_restarted_between_cycles_resends_nothing_and_gets_304s() => FaultAssert.RunCleanAsync(new RunnerRestartScenario(), new XunitOutput(output));
}
