using Alerts.Cli.Faults;
using Xunit;

namespace Alerts.IntegrationTests.Faults;

internal static class FaultAssert
{
    /// <summary>Runs a scenario on its own stack and asserts that nothing was lost or duplicated and every check held.</summary>
    public static async Task RunCleanAsync(FaultScenario scenario, ITestOutputHelperLike output)
    {
        var result = await scenario.RunAsync(new OutputWriter(output));
        output.WriteLine(FaultResult.Table([result]));
        Assert.Empty(result.Problems);
        Assert.True(result.Expected > 0, "the scenario measured no delivery");
        Assert.Equal(0, result.Lost);
        Assert.Equal(0, result.Duplicated);
        Assert.Equal(result.Expected, result.Delivered);
    }
}
