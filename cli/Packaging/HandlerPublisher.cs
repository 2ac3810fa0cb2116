using System.Diagnostics;

namespace Alerts.Cli.Packaging;

public enum HandlerBuild
{
    /// <summary>Native AOT: one native executable, no JIT at start-up.</summary>
    Aot,
    /// <summary>Self-contained single file, JIT-compiled: works for any app, starts slower.</summary>
    Jit,
}

/// <summary>A published linux-x64 handler, and why AOT was not used when it was asked for and fell back.</summary>
public sealed record PublishedHandler(string Directory, HandlerBuild Build, string? AotFallbackReason);

/// <summary>
/// Publishes functions/Alerts.Functions.csproj for linux-x64. Native AOT is tried first; the build treats
/// trim and AOT analysis warnings as errors, so an app that is not AOT-safe fails that step and gets the
/// self-contained JIT build instead of a binary that breaks at run time. So does a machine without the
/// native toolchain (a C compiler and linker) that Native AOT links with; the message says which it was.
/// </summary>
public sealed class HandlerPublisher(string repoRoot, TextWriter log)
{
    public const string RuntimeId = "linux-x64";
    public const string ExecutableName = "Alerts.Functions";

    private string Project => Path.Combine(repoRoot, "functions", "Alerts.Functions.csproj");

    public PublishedHandler Publish(string outputRoot, bool forceJit)
    {
        string? reason = null;
        if (!forceJit)
        {
            var aotDir = Path.Combine(outputRoot, "publish-aot");
            var aot = Run(aotDir, "-p:PublishAot=true");
            if (aot.ExitCode == 0) return new PublishedHandler(aotDir, HandlerBuild.Aot, null);
            reason = FallbackReason(aot.Output);
            log.WriteLine($"package: Native AOT publish failed, using the self-contained JIT build instead. {reason}");
        }
        var jitDir = Path.Combine(outputRoot, "publish-jit");
        var jit = Run(jitDir, "-p:PublishAot=false", "--self-contained", "true", "-p:PublishSingleFile=true");
        if (jit.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish (JIT) failed:\n{Summarize(jit.Output)}");
        }
        return new PublishedHandler(jitDir, HandlerBuild.Jit, reason);
    }

    private (int ExitCode, string Output) Run(string outputDir, params string[] extra)
    {
        if (Directory.Exists(outputDir)) Directory.Delete(outputDir, recursive: true);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = repoRoot,
        };
        foreach (var arg in new[] { "publish", Project, "-c", "Release", "-r", RuntimeId, "-o", outputDir, "--nologo", "-v", "quiet", "-clp:ErrorsOnly" }.Concat(extra))
        {
            start.ArgumentList.Add(arg);
        }
        log.WriteLine($"package: dotnet {string.Join(' ', start.ArgumentList.Skip(1).Where(a => a != Project))}");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Why Native AOT did not work: the missing toolchain, or the calls that are not AOT-safe.</summary>
    public static string FallbackReason(string output)
    {
        var errors = Summarize(output);
        if (NativeToolchainMissing(output))
        {
            return "The native toolchain Native AOT links with is missing (install clang or gcc, and zlib1g-dev); " +
                   "the app itself is AOT-safe as far as the build could tell.\n" + errors;
        }
        return errors.Contains("IL2", StringComparison.Ordinal) || errors.Contains("IL3", StringComparison.Ordinal)
            ? "The app is not AOT-safe (trim/AOT analysis errors):\n" + errors
            : errors;
    }

    // ILCompiler's messages when it cannot find or run the platform linker and C compiler.
    private static readonly string[] ToolchainMarkers =
    [
        "Platform linker", "Requested linker", "Symbol stripping tool", "nativeaot-prerequisites", "cannot find -lz",
    ];

    public static bool NativeToolchainMissing(string output) =>
        ToolchainMarkers.Any(m => output.Contains(m, StringComparison.OrdinalIgnoreCase));

    /// <summary>The distinct error lines, trimmed: enough to see which call is not AOT-safe.</summary>
    private static string Summarize(string output)
    {
        var errors = output.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .Take(5)
            .ToList();
        return errors.Count == 0 ? output.Trim() : string.Join("\n", errors);
    }
}
