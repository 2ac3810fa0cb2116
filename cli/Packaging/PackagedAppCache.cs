using System.Security.Cryptography;
using System.Text;

namespace Alerts.Cli.Packaging;

/// <summary>
/// Unpacked package folders (out/.../app-aot, app-jit) reused while the sources they were built from are unchanged:
/// a Native AOT publish takes minutes, and benchmarks should measure the current code, never a stale binary.
/// </summary>
public static class PackagedAppCache
{
    public const string HashFile = ".source-hash";

    /// <summary>What the package is built from: the handler and library sources, build settings, host.json and config/.</summary>
    private static readonly string[] Inputs = ["functions", "shared", "config", "host.json", "Directory.Build.props", "global.json", "nuget.config"];

    private static readonly string[] SkippedFolders = ["bin", "obj"];

    public static string Folder(string root, HandlerBuild build) => Path.Combine(root, "app-" + build.ToString().ToLowerInvariant());

    /// <summary>A hash of every input file's path and content, so any edit (or added, removed file) changes it.</summary>
    public static string SourceHash(string repoRoot, HandlerBuild build)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(build + "\n"));
        foreach (var file in InputFiles(repoRoot))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(repoRoot, file).Replace('\\', '/') + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>The cached folder when it was built from the current sources, else null.</summary>
    public static string? Current(string repoRoot, string root, HandlerBuild build)
    {
        var folder = Folder(root, build);
        var marker = Path.Combine(folder, HashFile);
        return File.Exists(marker) && File.ReadAllText(marker).Trim() == SourceHash(repoRoot, build) ? folder : null;
    }

    /// <summary>
    /// The folder for <paramref name="build"/>: the cached one, else published now. Null when AOT was asked for and the
    /// publisher fell back to JIT; <paramref name="fallbackReason"/> then says why.
    /// </summary>
    public static string? Prepare(string repoRoot, string root, HandlerBuild build, HandlerPublisher publisher, out string? fallbackReason)
    {
        fallbackReason = null;
        if (Current(repoRoot, root, build) is { } cached) return cached;
        var hash = SourceHash(repoRoot, build);
        var published = publisher.Publish(root, forceJit: build == HandlerBuild.Jit);
        if (published.Build != build)
        {
            fallbackReason = published.AotFallbackReason;
            return null;
        }
        var folder = Folder(root, build);
        PackageBuilder.WriteFolder(PackageBuilder.Layout(repoRoot, published), folder);
        File.WriteAllText(Path.Combine(folder, HashFile), hash);
        return folder;
    }

    /// <summary>Bytes of the handler folder: what a cold instance loads.</summary>
    public static long HandlerBytes(string appFolder) =>
        new DirectoryInfo(Path.Combine(appFolder, PackageBuilder.HandlerFolder)).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    private static IEnumerable<string> InputFiles(string repoRoot)
    {
        foreach (var input in Inputs)
        {
            var path = Path.Combine(repoRoot, input);
            if (File.Exists(path))
            {
                yield return path;
                continue;
            }
            if (!Directory.Exists(path)) continue;
            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(SkippedFolders.Contains))
                .Order(StringComparer.Ordinal);
            foreach (var file in files) yield return file;
        }
    }
}
