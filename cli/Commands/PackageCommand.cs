using System.CommandLine;
using System.IO.Compression;
using Alerts.Cli.Packaging;

namespace Alerts.Cli.Commands;

/// <summary>
/// ./alerts package: builds out/package/alerts-functions.zip (and the same tree in out/package/app) for
/// Flex Consumption; --verify also starts the packaged handler and checks every function's route.
/// </summary>
public sealed class PackageCommand : ICliCommand
{
    public static string OutputRoot => RepoPaths.Out("package");
    public static string ZipPath => Path.Combine(OutputRoot, "alerts-functions.zip");
    public static string AppFolder => Path.Combine(OutputRoot, "app");

    public Command Build()
    {
        var jit = new Option<bool>("--jit") { Description = "Build the self-contained JIT handler even when Native AOT would work." };
        var verify = new Option<bool>("--verify") { Description = "After packaging, unpack the zip, start the handler and check host.json, function folders, routes and settings." };
        var verifyOnly = new Option<bool>("--verify-only") { Description = "Verify the existing zip without building." };
        var command = new Command("package", "Build the deployable custom-handler zip (out/package/alerts-functions.zip).");
        command.Options.Add(jit);
        command.Options.Add(verify);
        command.Options.Add(verifyOnly);
        command.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(verifyOnly))
            {
                var handler = new HandlerPublisher(RepoPaths.Root, Console.Error).Publish(OutputRoot, parse.GetValue(jit));
                var files = PackageBuilder.Layout(RepoPaths.Root, handler);
                PackageBuilder.WriteZip(files, ZipPath);
                PackageBuilder.WriteFolder(files, AppFolder);
                Console.WriteLine($"{ZipPath} ({handler.Build}, {files.Count} files, {new FileInfo(ZipPath).Length / 1024.0 / 1024.0:0.0} MiB)");
            }
            if (!parse.GetValue(verify) && !parse.GetValue(verifyOnly)) return 0;
            return await Verify(ZipPath);
        });
        return command;
    }

    /// <summary>Static checks on the zip, then the route check against the unpacked handler.</summary>
    public static async Task<int> Verify(string zipPath)
    {
        if (!File.Exists(zipPath))
        {
            Console.Error.WriteLine($"verify: {zipPath} does not exist; run ./alerts package first.");
            return 2;
        }
        IReadOnlyList<string> functions;
        using (var zip = ZipFile.OpenRead(zipPath))
        {
            var structural = PackageVerifier.Verify(zip);
            if (structural.Count > 0) return Fail(structural);
            functions = PackageVerifier.FunctionNames(zip);
        }
        var unpacked = Path.Combine(Path.GetTempPath(), "alerts-verify-" + Guid.NewGuid().ToString("N"));
        try
        {
            PackageBuilder.Extract(zipPath, unpacked);
            var served = await RouteProbe.ServedRoutes(unpacked, $"{PackageBuilder.HandlerFolder}/{HandlerPublisher.ExecutableName}", functions, TimeSpan.FromSeconds(30));
            using var zip = ZipFile.OpenRead(zipPath);
            var problems = PackageVerifier.Verify(zip, served);
            if (problems.Count > 0) return Fail(problems);
            Console.WriteLine($"verify: ok: {functions.Count} functions ({string.Join(", ", functions)}), each answered by the handler");
            return 0;
        }
        finally
        {
            if (Directory.Exists(unpacked)) Directory.Delete(unpacked, recursive: true);
        }
    }

    private static int Fail(IReadOnlyList<string> problems)
    {
        foreach (var problem in problems) Console.Error.WriteLine("verify: " + problem);
        return 1;
    }
}
