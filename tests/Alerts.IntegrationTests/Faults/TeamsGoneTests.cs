using Alerts.Cli.Faults;
using Xunit;
using Xunit.Abstractions;

namespace Alerts.IntegrationTests.Faults;

public sealed class TeamsGoneTests(ITestOutputHelper output)
{
    [Fact]
    public Task A_webhook_gone_for_good_is_marked_failing_and_the_other_channels_still_receive() => FaultAssert.RunCleanAsync(new TeamsGoneScenario(), new XunitOutput(output));
}
