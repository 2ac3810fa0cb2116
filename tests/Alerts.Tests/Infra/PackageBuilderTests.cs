using System.IO.Compression;
using System.Runtime.Versioning;
using Alerts.Cli.Packaging;

namespace Alerts.Tests.Infra;

/// <summary>Package layout from a repo tree, and the zip round trip keeping the handler's run bit.</summary>
[SupportedOSPlatform("linux")]
public sealed class PackageBuilderTests : IDisposable
{
    private readonly TempTree _tree = new("alerts-package-");

    private DirectoryInfo Root => _tree.Root;

    private string Write(string relative, string content) => _tree.Write(relative, content);

    private PublishedHandler FakeRepo()
    {
        Write("host.json", """{ "version": "2.0", "customHandler": { "description": { "defaultExecutablePath": "handler/Alerts.Functions" } } }""");
        Write("functions/Health/function.json", """{ "bindings": [ { "type": "httpTrigger", "direction": "in", "name": "req" } ] }""");
        Write("functions/FetchFeed/function.json", """{ "bindings": [ { "type": "queueTrigger", "direction": "in", "name": "msg" } ] }""");
        Write("functions/bin/Release/function.json", "{}"); // build output copy: not a function
        Write("config/sources.json", "{ \"sources\": [] }");
        Write("publish/Alerts.Functions", "binary");
        Write("publish/Alerts.Functions.dbg", "symbols");
        Write("publish/Alerts.Functions.pdb", "symbols");
        Write("publish/local.settings.json", "{}");
        Write("publish/libSystem.Native.so", "native");
        return new PublishedHandler(Path.Combine(Root.FullName, "publish"), HandlerBuild.Jit, null);
    }

    [Fact]
    public void Layout_puts_host_json_at_the_root_functions_in_folders_and_the_handler_under_handler()
    {
        var files = PackageBuilder.Layout(Root.FullName, FakeRepo());

        Assert.Equal(
            ["host.json", "FetchFeed/function.json", "Health/function.json", "config/sources.json", "handler/Alerts.Functions", "handler/libSystem.Native.so"],
            files.Select(f => f.PathInPackage));
        Assert.Equal(["handler/Alerts.Functions"], files.Where(f => f.Executable).Select(f => f.PathInPackage));
    }

    [Fact]
    public void Layout_without_host_json_fails_clearly()
    {
        var handler = FakeRepo();
        File.Delete(Path.Combine(Root.FullName, "host.json"));

        var error = Assert.Throws<FileNotFoundException>(() => PackageBuilder.Layout(Root.FullName, handler));
        Assert.Contains("host.json", error.Message);
    }

    [Fact]
    public void Zip_round_trip_keeps_the_run_bit_and_passes_the_checker()
    {
        var files = PackageBuilder.Layout(Root.FullName, FakeRepo());
        var zipPath = Path.Combine(Root.FullName, "out", "package.zip");

        PackageBuilder.WriteZip(files, zipPath);
        using (var zip = ZipFile.OpenRead(zipPath))
        {
            Assert.Empty(PackageVerifier.Verify(zip, new HashSet<string> { "/Health", "/FetchFeed" }));
        }
        var unpacked = Path.Combine(Root.FullName, "unpacked");
        PackageBuilder.Extract(zipPath, unpacked);

        Assert.True((File.GetUnixFileMode(Path.Combine(unpacked, "handler", "Alerts.Functions")) & UnixFileMode.UserExecute) != 0);
        Assert.True((File.GetUnixFileMode(Path.Combine(unpacked, "host.json")) & UnixFileMode.UserExecute) == 0);
    }

    [Fact]
    public void Extract_refuses_entries_that_escape_the_folder()
    {
        var zipPath = Path.Combine(Root.FullName, "evil.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("../escaped.txt").Open());
            writer.Write("x");
        }

        Assert.Throws<InvalidDataException>(() => PackageBuilder.Extract(zipPath, Path.Combine(Root.FullName, "target")));
        Assert.False(File.Exists(Path.Combine(Root.FullName, "escaped.txt")));
    }

    [Fact]
    public void Cold_start_report_percentiles_ignore_runs_that_never_answered()
    {
        var report = new ColdStartReport("jit",
        [
            new(TimeSpan.FromMilliseconds(300), System.Net.HttpStatusCode.OK),
            new(TimeSpan.FromMilliseconds(100), System.Net.HttpStatusCode.OK),
            new(TimeSpan.FromMilliseconds(200), System.Net.HttpStatusCode.InternalServerError),
            new(TimeSpan.FromSeconds(30), null),
        ]);

        Assert.Equal(200, report.MedianMs, 3);
        Assert.Equal(100, report.MinMs, 3);
        Assert.Equal(300, report.MaxMs, 3);
        Assert.Equal(280, report.Percentile(0.9), 3);
        Assert.Equal(3, report.Answered);
        Assert.Equal(2, report.Succeeded);
    }

    public void Dispose() => _tree.Dispose();
}
