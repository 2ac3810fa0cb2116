namespace Alerts.Cli;

/// <summary>Finds the repository root (where host.json and Alerts.sln live) from the working directory or the binary.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Out(params string[] parts) => Path.Combine([Root, "out", .. parts]);

    private static string FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("ALERTS_ROOT");
        if (!string.IsNullOrEmpty(env)) return Path.GetFullPath(env);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Alerts.sln"))) return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
