namespace Alerts.Tests;

public static class TestPaths
{
    public static string RepoRoot { get; } = Find();

    /// <summary>A folder of testdata copied beside the test assembly.</summary>
    public static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alerts.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
