using Alerts.Cli.Faults;
using Xunit;
using Xunit.Abstractions;

namespace Alerts.IntegrationTests.Faults;

public sealed class PoisonTests(ITestOutputHelper output)
{
    [Fact]
    public Task Unparseable_and_always_failing_messages_land_in_poison_with_a_log_line_and_the_rest_flows() => FaultAssert.RunCleanAsync(new PoisonScenario(), new XunitOutput(output));
}
