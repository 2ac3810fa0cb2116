using Alerts.Cli.Faults;
using Xunit;
using Xunit.Abstractions;

namespace Alerts.IntegrationTests.Faults;

public sealed class SmtpDownTests(ITestOutputHelper output)
{
    [Fact]
    public Task A_digest_pending_while_SMTP_is_down_is_sent_once_when_it_returns_and_only_then_the_cursor_moves() => FaultAssert.RunCleanAsync(new SmtpDownScenario(), new XunitOutput(output));
}
