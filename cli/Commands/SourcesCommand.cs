using System.CommandLine;
using Alerts.Sources;

namespace Alerts.Cli.Commands;

/// <summary>./alerts sources validate | import FILE.opml | export: manage config/sources.json.</summary>
public sealed class SourcesCommand : ICliCommand
{
    public Command Build()
    {
        var command = new Command("sources", "Validate the sources catalogue, import OPML into it, export it as OPML.");
        command.Subcommands.Add(BuildValidate());
        command.Subcommands.Add(BuildImport());
        command.Subcommands.Add(BuildExport());
        return command;
    }

    private static Option<string> CatalogueOption(string name, string description) =>
        new(name) { Description = description, DefaultValueFactory = _ => SourceCatalog.DefaultPath(RepoPaths.Root) };

    private static Command BuildValidate()
    {
        var file = CatalogueOption("--file", "Catalogue to check (default config/sources.json).");
        var command = new Command("validate", "Check every source; list all errors with source and field.");
        command.Options.Add(file);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            return Run(() =>
            {
                var catalog = SourceCatalog.Load(path);
                var feeds = catalog.Sources.Count(s => s.Kind == SourceKind.Feed);
                var enabled = catalog.Sources.Count(s => s.Enabled);
                Console.WriteLine($"{path}: {catalog.Sources.Count} sources OK ({feeds} feeds, {catalog.Sources.Count - feeds} pages, {enabled} enabled)"
                    + (catalog.RequiresNetwork ? "; needs internet access" : ""));
            });
        });
        return command;
    }

    private static Command BuildImport()
    {
        var opml = new Argument<FileInfo>("file") { Description = "OPML file (Feedly, Inoreader, Miniflux... export)." };
        var into = CatalogueOption("--into", "Catalogue to add to (default config/sources.json; created when missing).");
        var command = new Command("import", "Add the feeds of an OPML file; URLs already present are skipped.");
        command.Arguments.Add(opml);
        command.Options.Add(into);
        command.SetAction(parse =>
        {
            var input = parse.GetValue(opml)!;
            var path = parse.GetValue(into)!;
            return Run(() =>
            {
                var imported = OpmlConverter.Import(File.ReadAllText(input.FullName));
                var existing = File.Exists(path) ? SourceCatalog.Load(path) : new SourceCatalog();
                var (merged, added, duplicates) = existing.Merge(imported);
                merged.Save(path);
                Console.WriteLine($"{input.Name}: {imported.Count} feeds read, {added} added, {duplicates} already in {path}");
            });
        });
        return command;
    }

    private static Command BuildExport()
    {
        var from = CatalogueOption("--from", "Catalogue to export (default config/sources.json).");
        var output = new Option<FileInfo?>("--out") { Description = "Write here instead of standard output." };
        var command = new Command("export", "Write the feed sources as OPML 2.0 (page sources have no OPML form and are left out).");
        command.Options.Add(from);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(from)!;
            var target = parse.GetValue(output);
            return Run(() =>
            {
                var catalog = SourceCatalog.Load(path);
                var opml = OpmlConverter.Export(catalog.Sources);
                var pages = catalog.Sources.Count(s => s.Kind == SourceKind.Page);
                if (target is null) Console.Write(opml);
                else File.WriteAllText(target.FullName, opml);
                var note = $"exported {catalog.Sources.Count - pages} feeds" + (pages > 0 ? $"; {pages} page sources left out" : "");
                Console.Error.WriteLine(target is null ? note : $"{note} to {target.FullName}");
            });
        });
        return command;
    }

    /// <summary>Catalogue and OPML problems are the user's to fix: print them and exit 1, no stack trace.</summary>
    private static int Run(Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception ex) when (ex is SourceCatalogException or OpmlFormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }
}
