using Alerts.Cli.Faults;
using Xunit;
using Xunit.Abstractions;

namespace Alerts.IntegrationTests.Faults;

public sealed class StorageRestartTests(ITestOutputHelper output)
{
    [Fact]
    public Task Storage_killed_mid_run_and_restarted_from_disk_loses_and_duplicates_nothing() => FaultAssert.RunCleanAsync(new AzuriteRestartScenario(), new XunitOutput(output));
}
