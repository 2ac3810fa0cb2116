using Alerts.Cli.Packaging;

namespace Alerts.Cli.Bench;

/// <summary>
/// Which build of the handler the end-to-end runs start. Production deploys the Native AOT package, which compiles
/// nothing at run time; the JIT build (Alerts.Functions.dll beside the CLI) spends much of a short run compiling
/// methods, so its CPU per item says more about the JIT than about the pipeline. Native AOT is used when a build of
/// the current sources is at hand (out/bench/coldstart, shared with the cold-start benchmark).
/// </summary>
public sealed record BenchHandler(string Name, string? Executable)
{
    public static readonly BenchHandler Jit = new("JIT", null);

    /// <summary>
    /// "aot": the Native AOT build, published now if the cache is stale (minutes); "jit": the JIT build; "auto": Native AOT
    /// when a current build is cached (or <paramref name="publish"/> allows publishing one), else JIT, with the reason logged.
    /// </summary>
    public static BenchHandler Resolve(string choice, bool publish, TextWriter log)
    {
        if (string.Equals(choice, "jit", StringComparison.OrdinalIgnoreCase)) return Jit;
        var root = RepoPaths.Out("bench", "coldstart");
        var folder = PackagedAppCache.Current(RepoPaths.Root, root, HandlerBuild.Aot);
        if (folder is null && (publish || string.Equals(choice, "aot", StringComparison.OrdinalIgnoreCase)))
        {
            log.WriteLine("bench: publishing the Native AOT handler for the end-to-end runs (minutes)...");
            folder = PackagedAppCache.Prepare(RepoPaths.Root, root, HandlerBuild.Aot, new HandlerPublisher(RepoPaths.Root, log), out var reason);
            if (folder is null) log.WriteLine($"bench: Native AOT unavailable ({reason}); the end-to-end runs use the JIT handler");
        }
        else if (folder is null)
        {
            log.WriteLine("bench: no Native AOT build of the current sources in out/bench/coldstart; the end-to-end runs use the JIT handler");
        }
        return folder is null ? Jit : new BenchHandler("Native AOT", Path.Combine(folder, PackageBuilder.HandlerFolder, HandlerPublisher.ExecutableName));
    }
}
