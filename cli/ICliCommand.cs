using System.CommandLine;

namespace Alerts.Cli;

/// <summary>
/// One top-level verb of ./alerts. Program discovers every implementation, so a new command is one new
/// file under Commands/ and never an edit to a shared list.
/// </summary>
public interface ICliCommand
{
    Command Build();
}
