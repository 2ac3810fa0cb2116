namespace Alerts.Tests.Infra;

/// <summary>A throwaway folder for tests that lay out, package or hash a repo-like tree; deleted on dispose.</summary>
public sealed class TempTree(string prefix) : IDisposable
{
    public DirectoryInfo Root { get; } = Directory.CreateTempSubdirectory(prefix);

    /// <summary>Writes <paramref name="content"/> at <paramref name="relative"/>, creating folders; returns the full path.</summary>
    public string Write(string relative, string content)
    {
        var path = Path.Combine(Root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Root.Delete(recursive: true);
}
