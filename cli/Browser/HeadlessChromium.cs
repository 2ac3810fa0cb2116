using System.Diagnostics;

namespace Alerts.Cli.Browser;

/// <summary>
/// Drives the system's headless Chromium for screenshots and for reading back a page's DOM after its scripts
/// ran (--dump-dom). Each run gets a fresh profile directory and no background networking, so runs are
/// independent and quiet; a run that hangs is killed after the timeout.
/// </summary>
public sealed class HeadlessChromium
{
    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    public HeadlessChromium(string executable, TimeSpan? timeout = null)
    {
        Executable = executable;
        Timeout = timeout ?? TimeSpan.FromSeconds(60);
    }

    public string Executable { get; }
    public TimeSpan Timeout { get; }

    /// <summary>Chromium from $CHROMIUM or the PATH; null when none is installed.</summary>
    public static HeadlessChromium? TryFind()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM");
        if (!string.IsNullOrEmpty(configured) && File.Exists(configured)) return new HeadlessChromium(configured);
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in Candidates)
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var full = Path.Combine(dir, name);
                if (File.Exists(full)) return new HeadlessChromium(full);
            }
        }
        return null;
    }

    public const string InstallHint = "Chromium is not installed: apt-get update && apt-get install -y chromium (or set CHROMIUM=/path/to/chrome).";

    /// <summary>Writes a PNG of <paramref name="url"/> at the given window size.</summary>
    public async Task ScreenshotAsync(string url, string pngPath, int width = 800, int height = 1600, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(pngPath);
        if (File.Exists(full)) File.Delete(full);
        await RunAsync([$"--screenshot={full}", $"--window-size={width},{height}", "--hide-scrollbars", "--virtual-time-budget=5000", url], cancellationToken);
        if (!File.Exists(full)) throw new InvalidOperationException($"Chromium did not write {full}.");
    }

    /// <summary>The serialised DOM after the page's scripts ran (up to <paramref name="scriptBudget"/> of virtual time).</summary>
    public Task<string> DumpDomAsync(string url, TimeSpan? scriptBudget = null, CancellationToken cancellationToken = default) =>
        RunAsync(["--dump-dom", $"--virtual-time-budget={(int)(scriptBudget ?? TimeSpan.FromSeconds(5)).TotalMilliseconds}", url], cancellationToken);

    public static string FileUrl(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private async Task<string> RunAsync(IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("alerts-chromium-");
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync", "--mute-audio",
                     "--allow-file-access-from-files", $"--user-data-dir={profile.FullName}"])
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var arg in args) start.ArgumentList.Add(arg);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Chromium did not finish within {Timeout.TotalSeconds:0}s.");
        }
        finally
        {
            TryDelete(profile);
        }
        var output = await stdout;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {Tail(await stderr)}");
        }
        return output;
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];

    private static void TryDelete(DirectoryInfo dir)
    {
        try
        {
            dir.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; a stale temp profile is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
