using Alerts.Cli.Faults;
using Xunit;
using Xunit.Abstractions;

namespace Alerts.IntegrationTests.Faults;

public sealed class TeamsThrottledTests(ITestOutputHelper output)
{
    [Fact]
    public Task A_card_answered_429_then_500_is_posted_once_after_Retry_After() => FaultAssert.RunCleanAsync(new TeamsThrottledScenario(), new XunitOutput(output));
}
