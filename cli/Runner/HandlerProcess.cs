using System.Diagnostics;
using Alerts.Cli.DevServices;

namespace Alerts.Cli.Runner;

/// <summary>
/// The custom handler as the Functions host runs it: a child process given FUNCTIONS_CUSTOMHANDLER_PORT and
/// the app settings as environment variables, its stdout and stderr forwarded to our log.
/// </summary>
public sealed class HandlerProcess : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Action<string> _output;
    private Process? _process;

    public HandlerProcess(IReadOnlyDictionary<string, string> settings, Action<string> output, string? executable = null)
    {
        _settings = settings;
        _output = output;
        Executable = executable ?? DefaultExecutable();
    }

    /// <summary>The handler: a native executable (the package), or Alerts.Functions.dll run with dotnet.</summary>
    public string Executable { get; }

    /// <summary>The running handler's process (benchmarks read its CPU time and working set); null before start.</summary>
    public Process? Process => _process;
    public int Port { get; private set; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");
    public bool HasExited => _process is null || _process.HasExited;

    public static string DefaultExecutable() =>
        Environment.GetEnvironmentVariable("ALERTS_HANDLER") is { Length: > 0 } h ? h : Path.Combine(AppContext.BaseDirectory, "Alerts.Functions.dll");

    public async Task StartAsync(TimeSpan timeout)
    {
        Port = LoopbackPorts.Free();
        var dll = Executable.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var psi = new ProcessStartInfo(dll ? "dotnet" : Executable)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(Executable))!,
        };
        if (dll) psi.ArgumentList.Add(Executable);
        foreach (var (key, value) in _settings) psi.Environment[key.Replace(":", "__")] = value;
        psi.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = Port.ToString();
        psi.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}";
        _process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start the handler {Executable}");
        _process.OutputDataReceived += (_, e) => { if (e.Data is { } line) _output(line); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) _output(line); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the handler exited at start-up with code {_process.ExitCode} (its output is above).");
            }
            if (LoopbackPorts.IsListening(Port)) return;
            await Task.Delay(50).ConfigureAwait(false);
        }
        throw new TimeoutException($"the handler did not listen on port {Port} within {timeout.TotalSeconds:0}s.");
    }

    /// <summary>Kills the handler at once, as a crash would (a fault test).</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit(10_000);
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }
}
