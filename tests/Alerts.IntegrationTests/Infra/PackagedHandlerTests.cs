using System.IO.Compression;
using System.Runtime.Versioning;
using Alerts.Cli;
using Alerts.Cli.Commands;
using Alerts.Cli.DevServices;
using Alerts.Cli.Packaging;

namespace Alerts.IntegrationTests.Infra;

/// <summary>Publishes the real handler once (JIT, the variant every app can build) and packages it.</summary>
[SupportedOSPlatform("linux")]
public sealed class PackagedHandlerFixture : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("alerts-package-it-").FullName;
    public string ZipPath => Path.Combine(Root, "alerts-functions.zip");
    public string Unpacked => Path.Combine(Root, "app");

    public PackagedHandlerFixture()
    {
        var handler = new HandlerPublisher(RepoPaths.Root, TextWriter.Null).Publish(Root, forceJit: true);
        PackageBuilder.WriteZip(PackageBuilder.Layout(RepoPaths.Root, handler), ZipPath);
        PackageBuilder.Extract(ZipPath, Unpacked);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

/// <summary>The deployable zip of the real app: what `./alerts package --verify` checks, and a real start-up.</summary>
[SupportedOSPlatform("linux")]
public sealed class PackagedHandlerTests(PackagedHandlerFixture package) : IClassFixture<PackagedHandlerFixture>
{
    private const string Executable = "handler/Alerts.Functions";

    [Fact]
    public async Task Package_passes_verification_including_every_route()
    {
        Assert.Equal(0, await PackageCommand.Verify(package.ZipPath));
    }

    [Fact]
    public void Package_holds_one_folder_per_function_of_the_repo_and_an_executable_handler()
    {
        var repoFunctions = Directory.GetDirectories(Path.Combine(RepoPaths.Root, "functions"))
            .Where(d => File.Exists(Path.Combine(d, "function.json")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);
        using var zip = ZipFile.OpenRead(package.ZipPath);

        Assert.Equal(repoFunctions, PackageVerifier.FunctionNames(zip));
        Assert.True(UnixModes.IsExecutable(zip.GetEntry(Executable)!));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("handler/", StringComparison.Ordinal) && e.Name == "function.json");
    }

    [Fact]
    public async Task Handler_from_the_package_answers_health_and_rejects_unknown_functions()
    {
        using var azurite = await Azurite.StartAsync();
        var settings = new Dictionary<string, string> { ["AzureWebJobsStorage"] = azurite.ConnectionString };

        var sample = await ColdStart.MeasureOnce(package.Unpacked, Executable, TimeSpan.FromSeconds(60), settings);
        Assert.Equal(System.Net.HttpStatusCode.OK, sample.Status);

        using var handler = HandlerProcess.Start(package.Unpacked, Executable, settings);
        using var health = await handler.InvokeWhenReady("Health", TimeSpan.FromSeconds(60));
        Assert.NotNull(health);
        // The invocation succeeds; the function's own answer (200 or 503) is the health report in Outputs.res.
        var res = System.Text.Json.Nodes.JsonNode.Parse(await health.Content.ReadAsStringAsync())!["Outputs"]!["res"]!;
        Assert.Contains(res["statusCode"]!.GetValue<int>(), new[] { 200, 503 });
        var report = System.Text.Json.Nodes.JsonNode.Parse(res["body"]!.GetValue<string>())!;
        Assert.NotNull(report["status"]);
        Assert.NotNull(report["storageReachable"]);
        using var unknown = await handler.Client.PostAsync("/NoSuchFunction", HandlerProcess.InvocationBody("NoSuchFunction"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
