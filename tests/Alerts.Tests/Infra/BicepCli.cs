using System.Diagnostics;
using System.Text.RegularExpressions;
using Alerts.Cli;

namespace Alerts.Tests.Infra;

/// <summary>One diagnostic line of `bicep build|lint`: "file(line,col) : Warning rule-id: message".</summary>
public sealed record BicepDiagnostic(string File, int Line, string Level, string Code, string Message)
{
    public override string ToString() => $"{Path.GetFileName(File)}({Line}) {Level} {Code}: {Message}";
}

/// <summary>
/// Runs the Bicep compiler that restore downloads (Azure.Bicep.CommandLine.linux-x64) from the NuGet packages
/// folder, so the infra checks need no network and no Azure CLI.
/// </summary>
public static partial class BicepCli
{
    public const string Version = "0.49.2";

    public static string RepoRoot => RepoPaths.Root;

    public static string Executable { get; } = Locate();

    private static string Locate()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(packages))
        {
            packages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }
        var path = Path.Combine(packages, "azure.bicep.commandline.linux-x64", Version, "tools", "bicep");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Bicep {Version} not found at {path}; run `dotnet restore tests/Alerts.Tests`.", path);
        }
        // NuGet extracts package files without the owner's run bit on some machines.
        if (OperatingSystem.IsWindows()) return path;
        var mode = File.GetUnixFileMode(path);
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
        return path;
    }

    public sealed record Result(int ExitCode, string StdOut, string StdErr)
    {
        public IReadOnlyList<BicepDiagnostic> Diagnostics => Parse(StdOut + "\n" + StdErr);
    }

    public static Result Run(params string[] args)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoRoot,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Keep the compiler from phoning home for telemetry or update checks.
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("bicep " + string.Join(' ', args) + " did not finish in 2 minutes");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static IReadOnlyList<BicepDiagnostic> Parse(string output) =>
        DiagnosticLine().Matches(output)
            .Select(m => new BicepDiagnostic(m.Groups["file"].Value.Trim(), int.Parse(m.Groups["line"].Value),
                m.Groups["level"].Value, m.Groups["code"].Value, m.Groups["message"].Value.Trim()))
            .ToList();

    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<col>\d+)\)\s*:\s*(?<level>Error|Warning|Info)\s+(?<code>[A-Za-z0-9-]+):\s*(?<message>.*)$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
