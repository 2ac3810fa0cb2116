using System.CommandLine;
using System.CommandLine.Help;

namespace Alerts.Cli;

/// <summary>The `./alerts` command tree: every <see cref="ICliCommand"/> in this assembly, found by reflection.</summary>
public static class CommandTree
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Alerts: prisoner-release and sanctions news alerts. See README.md.");
        foreach (var type in typeof(ICliCommand).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
                     .OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var command = ((ICliCommand)Activator.CreateInstance(type)!).Build();
            // Commands may share a group verb ("conformance feeds", "conformance articles"): merge into one.
            if (root.Subcommands.FirstOrDefault(c => c.Name == command.Name) is { } group)
            {
                foreach (var sub in command.Subcommands.ToList())
                {
                    group.Subcommands.Add(sub);
                    // A subcommand built under another (rootless) group command does not reach the root's recursive
                    // --help through that first parent ("bench e2e --help" was an unrecognised argument): it gets its own.
                    if (!sub.Options.OfType<HelpOption>().Any()) sub.Options.Add(new HelpOption());
                }
                // The group's own action ("bench" with no subcommand runs the suite) may come from any of the classes.
                if (group.Action is null && command.Action is not null)
                {
                    foreach (var option in command.Options.ToList()) group.Options.Add(option);
                    group.Action = command.Action;
                }
            }
            else
            {
                root.Subcommands.Add(command);
            }
        }
        return root;
    }
}
