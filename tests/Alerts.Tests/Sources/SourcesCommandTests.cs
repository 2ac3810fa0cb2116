using System.CommandLine;
using System.Xml.Linq;
using Alerts.Cli.Commands;
using Alerts.Sources;

namespace Alerts.Tests.Sources;

public sealed class SourcesCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "alerts-sources-cli-" + Guid.NewGuid().ToString("n"));

    public SourcesCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static int Run(params string[] args)
    {
        var root = new RootCommand { new SourcesCommand().Build() };
        return root.Parse(["sources", .. args]).Invoke();
    }

    [Fact]
    public void Import_into_a_new_catalogue_then_export_and_validate()
    {
        var catalogue = Path.Combine(_dir, "config", "sources.json");
        var opml = Path.Combine(AppContext.BaseDirectory, "Sources", "testdata", "subscriptions.opml");

        Assert.Equal(0, Run("import", opml, "--into", catalogue));
        Assert.Equal(5, SourceCatalog.Load(catalogue).Sources.Count);

        // Importing the same file again adds nothing.
        Assert.Equal(0, Run("import", opml, "--into", catalogue));
        Assert.Equal(5, SourceCatalog.Load(catalogue).Sources.Count);

        Assert.Equal(0, Run("validate", "--file", catalogue));

        var exported = Path.Combine(_dir, "out.opml");
        Assert.Equal(0, Run("export", "--from", catalogue, "--out", exported));
        Assert.Equal(5, XDocument.Load(exported).Descendants("outline").Count());
    }

    [Fact]
    public void Validate_fails_with_exit_code_1_on_a_bad_catalogue()
    {
        var catalogue = Path.Combine(_dir, "sources.json");
        File.WriteAllText(catalogue, """{ "sources": [ { "id": "x", "url": "gopher://old.example.org/" } ] }""");
        Assert.Equal(1, Run("validate", "--file", catalogue));
    }

    [Fact]
    public void Import_of_a_broken_opml_file_changes_nothing()
    {
        var catalogue = Path.Combine(_dir, "sources.json");
        new SourceCatalog { Sources = [new SourceDefinition { Id = "keep", Url = "https://keep.example.org/rss" }] }.Save(catalogue);
        var before = File.ReadAllText(catalogue);
        var broken = Path.Combine(_dir, "broken.opml");
        File.WriteAllText(broken, "<opml><body><outline xmlUrl=");

        Assert.Equal(1, Run("import", broken, "--into", catalogue));
        Assert.Equal(before, File.ReadAllText(catalogue));
    }
}
