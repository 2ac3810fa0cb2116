using Alerts.Cli.Demo;

namespace Alerts.IntegrationTests;

/// <summary>
/// A private stack per test class: its own Azurite (in memory) and maildev on free ports, the sample site,
/// a webhook receiver and the local runner with the real handler process.
/// </summary>
public static class Stacks
{
    public static Task<PipelineStack> StartAsync(ITestOutputHelperLike? output = null, Func<StackOptions, StackOptions>? configure = null)
    {
        var work = Directory.CreateTempSubdirectory("alerts-it-").FullName;
        var options = new StackOptions
        {
            WorkDir = work, OutDir = Path.Combine(work, "out"), SharedDevServices = false,
            Log = output is null ? TextWriter.Null : new OutputWriter(output), VerboseHandler = true,
        };
        return PipelineStack.StartAsync(configure?.Invoke(options) ?? options);
    }
}

public interface ITestOutputHelperLike
{
    void WriteLine(string line);
}

public sealed class XunitOutput(Xunit.Abstractions.ITestOutputHelper helper) : ITestOutputHelperLike
{
    public void WriteLine(string line)
    {
        try { helper.WriteLine(line); }
        catch (InvalidOperationException) { } // output after the test ended
    }
}

internal sealed class OutputWriter(ITestOutputHelperLike output) : TextWriter
{
    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    public override void WriteLine(string? value) => output.WriteLine(value ?? "");
}
