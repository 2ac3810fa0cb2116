using System.CommandLine;
using System.Reflection;
using Alerts.Cli;

var root = new RootCommand("Alerts: prisoner-release and sanctions news alerts. See README.md.");
foreach (var type in typeof(ICliCommand).Assembly.GetTypes()
             .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
             .OrderBy(t => t.Name, StringComparer.Ordinal))
{
    var factory = (ICliCommand)Activator.CreateInstance(type)!;
    root.Subcommands.Add(factory.Build());
}

return await root.Parse(args).InvokeAsync();
