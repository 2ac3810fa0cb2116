using Alerts.Cli;

namespace Alerts.Tests.Cli;

public sealed class CommandTreeTests
{
    [Theory]
    [InlineData("bench", "e2e")]
    [InlineData("bench", "coldstart")]
    [InlineData("bench", "feeds")]
    [InlineData("conformance", "feeds")]
    [InlineData("conformance", "articles")]
    [InlineData("eval")]
    public void Every_command_and_merged_subcommand_takes_help(params string[] path)
    {
        var result = CommandTree.Build().Parse([.. path, "--help"]);
        Assert.Empty(result.Errors);
        Assert.Equal(path[^1], result.CommandResult.Command.Name);
    }

    [Fact]
    public void Commands_sharing_a_group_verb_are_one_group_that_keeps_its_own_action()
    {
        var root = CommandTree.Build();
        var bench = Assert.Single(root.Subcommands, c => c.Name == "bench");
        Assert.NotNull(bench.Action);
        Assert.Contains(bench.Subcommands, c => c.Name == "e2e");
        Assert.Contains(bench.Subcommands, c => c.Name == "faults");
    }
}
