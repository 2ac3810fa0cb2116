using Alerts.Cli.Faults;
using Xunit;
using Xunit.Abstractions;

namespace Alerts.IntegrationTests.Faults;

public sealed class HandlerCrashTests(ITestOutputHelper output)
{
    [Fact]
    public Task A_handler_killed_mid_message_gets_the_message_back_after_its_lease_and_sends_once() => FaultAssert.RunCleanAsync(new HandlerCrashScenario(), new XunitOutput(output));
}
