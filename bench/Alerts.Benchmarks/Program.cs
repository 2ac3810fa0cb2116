using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Alerts.Benchmarks;

/// <summary>
/// BenchmarkDotNet for the micro parts. Run with ./alerts bench micro [--quick], or directly:
///   dotnet run -c Release --project bench/Alerts.Benchmarks -- [--quick] [BenchmarkDotNet arguments, e.g. --filter *Feed*]
/// --quick uses a short job (3 warm-up and 3 measured iterations); without it BenchmarkDotNet picks the iteration count.
/// Benchmarks run in this process (no generated project to build), which keeps a full run within minutes on two cores.
/// Reports go to out/bench/micro (markdown, CSV, HTML) under the folder given by ALERTS_ROOT, else the current folder.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var quick = args.Contains("--quick");
        var rest = args.Where(a => a != "--quick").ToArray();
        var job = (quick ? Job.ShortRun : Job.Default).WithToolchain(InProcessEmitToolchain.Instance);
        var root = Environment.GetEnvironmentVariable("ALERTS_ROOT") is { Length: > 0 } r ? r : Directory.GetCurrentDirectory();
        var config = DefaultConfig.Instance.AddJob(job.AsDefault()).WithArtifactsPath(Path.Combine(root, "out", "bench", "micro"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.Length > 0 ? rest : ["--filter", "*"], config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(x => !x.Success)) ? 1 : 0;
    }
}
