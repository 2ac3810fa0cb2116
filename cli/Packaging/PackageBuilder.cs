using System.IO.Compression;

namespace Alerts.Cli.Packaging;

/// <summary>One file of the deployable package: where it goes in the zip and where it comes from.</summary>
public sealed record PackageFile(string PathInPackage, string Source, bool Executable);

/// <summary>
/// Lays out what the Functions host reads: host.json at the root, one folder per function with its
/// function.json (taken from functions/&lt;Name&gt;/function.json), config/ (the sources catalogue), and the
/// handler under handler/. Writes both
/// the zip and the same tree unpacked (azd deploys the folder).
/// </summary>
public static class PackageBuilder
{
    public const string HandlerFolder = "handler";

    /// <summary>Publish outputs the host never needs; symbols only bloat the cold-start download.</summary>
    private static readonly string[] SkippedExtensions = [".pdb", ".dbg"];

    // function.json files are copied into the build output too; the host only reads them at <Name>/.
    private static readonly string[] SkippedNames = ["local.settings.json", "appsettings.Development.json", "function.json"];

    public static IReadOnlyList<PackageFile> Layout(string repoRoot, PublishedHandler handler)
    {
        var files = new List<PackageFile> { new("host.json", Path.Combine(repoRoot, "host.json"), false) };
        if (!File.Exists(files[0].Source)) throw new FileNotFoundException("host.json is missing at the repo root", files[0].Source);

        var functionsDir = Path.Combine(repoRoot, "functions");
        foreach (var functionJson in Directory.GetFiles(functionsDir, "function.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(functionsDir, functionJson).Split(Path.DirectorySeparatorChar);
            if (relative.Length != 2 || relative[0] is "bin" or "obj") continue;
            files.Add(new PackageFile($"{relative[0]}/function.json", functionJson, false));
        }

        // The handler runs in the package root and reads its catalogue from config/ (Sources:Path default).
        var configDir = Path.Combine(repoRoot, "config");
        if (Directory.Exists(configDir))
        {
            foreach (var file in Directory.GetFiles(configDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(repoRoot, file).Replace(Path.DirectorySeparatorChar, '/');
                files.Add(new PackageFile(relative, file, false));
            }
        }

        foreach (var file in Directory.GetFiles(handler.Directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (SkippedExtensions.Contains(Path.GetExtension(name)) || SkippedNames.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            var relative = Path.GetRelativePath(handler.Directory, file).Replace(Path.DirectorySeparatorChar, '/');
            files.Add(new PackageFile($"{HandlerFolder}/{relative}", file, name == HandlerPublisher.ExecutableName));
        }
        return files;
    }

    public static void WriteZip(IEnumerable<PackageFile> files, string zipPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(zipPath)!);
        var temp = zipPath + ".tmp";
        using (var zip = ZipFile.Open(temp, ZipArchiveMode.Create))
        {
            foreach (var file in files)
            {
                var entry = zip.CreateEntryFromFile(file.Source, file.PathInPackage, CompressionLevel.Optimal);
                UnixModes.Set(entry, file.Executable ? UnixModes.Executable : UnixModes.Regular);
            }
        }
        File.Move(temp, zipPath, overwrite: true);
    }

    public static void WriteFolder(IEnumerable<PackageFile> files, string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        foreach (var file in files)
        {
            var target = Path.Combine(folder, file.PathInPackage);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file.Source, target);
            SetMode(target, file.Executable);
        }
    }

    /// <summary>Unpacks a package, restoring the run bits recorded in the entries.</summary>
    public static void Extract(string zipPath, string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        using var zip = ZipFile.OpenRead(zipPath);
        foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            var target = Path.GetFullPath(Path.Combine(folder, entry.FullName));
            if (!target.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"zip entry '{entry.FullName}' points outside the package");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true);
            SetMode(target, UnixModes.IsExecutable(entry));
        }
    }

    // Windows has no run bit; the zip entries still carry it for the Linux host.
    private static void SetMode(string path, bool executable)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, executable ? UnixModes.Executable : UnixModes.Regular);
    }
}
