using System.IO.Compression;
using Alerts.Cli.Packaging;

namespace Alerts.Tests.Infra;

/// <summary>The package checker on small zips assembled here, and the zip writer's run bits.</summary>
public class PackageTests
{
    private const string Host = """
        { "version": "2.0",
          "customHandler": { "description": { "defaultExecutablePath": "handler/Alerts.Functions" }, "enableForwardingHttpRequest": false } }
        """;

    private const string QueueFunction = """{ "bindings": [ { "type": "queueTrigger", "direction": "in", "name": "msg", "queueName": "items" } ] }""";
    private const string HttpFunction = """{ "bindings": [ { "type": "httpTrigger", "direction": "in", "name": "req", "methods": ["get"] }, { "type": "http", "direction": "out", "name": "res" } ] }""";

    private static readonly IReadOnlySet<string> BothRoutes = new HashSet<string> { "/AnalyzeItem", "/Health" };

    /// <summary>Builds a zip in memory from (path, content, mode) triples.</summary>
    private static ZipArchive Zip(params (string Path, string Content, UnixFileMode Mode)[] entries)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content, mode) in entries)
            {
                var entry = zip.CreateEntry(path);
                UnixModes.Set(entry, mode);
                using var writer = new StreamWriter(entry.Open());
                writer.Write(content);
            }
        }
        buffer.Position = 0;
        return new ZipArchive(buffer, ZipArchiveMode.Read);
    }

    private static (string, string, UnixFileMode)[] ValidEntries() =>
    [
        ("host.json", Host, UnixModes.Regular),
        ("AnalyzeItem/function.json", QueueFunction, UnixModes.Regular),
        ("Health/function.json", HttpFunction, UnixModes.Regular),
        ("handler/Alerts.Functions", "\u007fELF", UnixModes.Executable),
        ("handler/appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Information" } } }""", UnixModes.Regular),
    ];

    [Fact]
    public void Valid_package_has_no_problems_and_lists_its_functions()
    {
        using var zip = Zip(ValidEntries());

        Assert.Empty(PackageVerifier.Verify(zip, BothRoutes));
        Assert.Equal(["AnalyzeItem", "Health"], PackageVerifier.FunctionNames(zip));
    }

    [Fact]
    public void Handler_without_run_bit_is_reported()
    {
        var entries = ValidEntries();
        entries[3] = ("handler/Alerts.Functions", "\u007fELF", UnixModes.Regular);
        using var zip = Zip(entries);

        var problem = Assert.Single(PackageVerifier.Verify(zip, BothRoutes));
        Assert.Contains("run bit", problem);
    }

    [Fact]
    public void Handler_path_that_is_not_in_the_zip_is_reported()
    {
        using var zip = Zip(ValidEntries().Where(e => e.Item1 != "handler/Alerts.Functions").ToArray());

        Assert.Contains(PackageVerifier.Verify(zip), p => p.Contains("handler/Alerts.Functions") && p.Contains("not in the package"));
    }

    [Fact]
    public void Missing_or_malformed_host_json_is_reported_without_throwing()
    {
        using var missing = Zip(ValidEntries().Skip(1).ToArray());
        Assert.Contains(PackageVerifier.Verify(missing), p => p.Contains("host.json is missing"));

        var entries = ValidEntries();
        entries[0] = ("host.json", "{ \"version\": 2, ", UnixModes.Regular);
        using var broken = Zip(entries);
        Assert.Contains(PackageVerifier.Verify(broken), p => p.Contains("not valid JSON"));
    }

    [Fact]
    public void Function_json_outside_its_folder_or_without_a_trigger_is_reported()
    {
        var entries = ValidEntries().ToList();
        entries.Add(("functions/Deliver/function.json", QueueFunction, UnixModes.Regular));
        entries.Add(("Status/function.json", """{ "bindings": [ { "type": "http", "direction": "out", "name": "res" } ] }""", UnixModes.Regular));
        using var zip = Zip(entries.ToArray());

        var problems = PackageVerifier.Verify(zip, new HashSet<string> { "/AnalyzeItem", "/Health", "/Status" });

        Assert.Contains(problems, p => p.Contains("functions/Deliver/function.json") && p.Contains("not directly inside"));
        Assert.Contains(problems, p => p.StartsWith("Status/function.json: expected exactly one trigger"));
    }

    [Fact]
    public void Function_the_handler_does_not_serve_is_reported()
    {
        using var zip = Zip(ValidEntries());

        var problem = Assert.Single(PackageVerifier.Verify(zip, new HashSet<string> { "/Health" }));
        Assert.Equal("AnalyzeItem: the handler does not answer POST /AnalyzeItem", problem);
    }

    [Theory]
    [InlineData("local.settings.json", """{ "Values": {} }""", "local-only configuration")]
    [InlineData("handler/appsettings.Development.json", "{}", "local-only configuration")]
    [InlineData("handler/appsettings.json", """{ "AzureWebJobsStorage": "UseDevelopmentStorage=true" }""", "UseDevelopmentStorage")]
    [InlineData("handler/appsettings.json", """{ "Fetch": { "AllowLoopback": true } }""", "AllowLoopback")]
    public void Local_only_settings_are_reported(string path, string content, string expected)
    {
        var entries = ValidEntries().Where(e => e.Item1 != path).Append((path, content, UnixModes.Regular)).ToArray();
        using var zip = Zip(entries);

        Assert.Contains(PackageVerifier.Verify(zip, BothRoutes), p => p.Contains(path) && p.Contains(expected));
    }

    [Fact]
    public void Local_only_marker_inside_the_handler_binary_is_not_a_setting()
    {
        var entries = ValidEntries();
        entries[3] = ("handler/Alerts.Functions", "\u007fELF ... UseDevelopmentStorage=true ...", UnixModes.Executable);
        using var zip = Zip(entries);

        Assert.Empty(PackageVerifier.Verify(zip, BothRoutes));
    }
}
