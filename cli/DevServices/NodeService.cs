using System.Diagnostics;
using System.Text;

namespace Alerts.Cli.DevServices;

/// <summary>A dev service run from node_modules/.bin (Azurite, maildev), with its output kept for error messages.</summary>
public sealed class NodeService : IDisposable
{
    private readonly StringBuilder _output = new();
    private Process? _process;

    private readonly Action<string>? _onLine;

    /// <param name="onLine">Called with every line the service writes (from a reader thread), besides keeping it for error messages.</param>
    public NodeService(string name, string binary, IReadOnlyList<string> arguments, Action<string>? onLine = null)
    {
        Name = name;
        Binary = binary;
        Arguments = arguments;
        _onLine = onLine;
    }

    public string Name { get; }
    public string Binary { get; }
    public IReadOnlyList<string> Arguments { get; }
    public bool IsRunning => _process is { HasExited: false };

    public static string BinPath(string name)
    {
        var path = Path.Combine(RepoPaths.Root, "node_modules", ".bin", name);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{name} is not installed at {path}. Run ./alerts setup (npm ci) first.");
        }
        return path;
    }

    /// <summary>Starts the service as our child; it ends when disposed (tests).</summary>
    public void Start()
    {
        var psi = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in Arguments) psi.ArgumentList.Add(a);
        _process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {Name}");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts the service detached, so that it outlives this process (the demo leaves mail in maildev).</summary>
    public void StartDetached(string logFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(logFile)!);
        var command = string.Join(' ', new[] { Binary }.Concat(Arguments).Select(Quote));
        var psi = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add($"nohup setsid {command} >> {Quote(logFile)} 2>&1 < /dev/null &");
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {Name}");
        p.WaitForExit();
    }

    public string RecentOutput()
    {
        lock (_output) return _output.Length == 0 ? "(no output)" : _output.ToString()[^Math.Min(_output.Length, 2000)..];
    }

    /// <summary>Asks the service to stop (SIGTERM), as a host shutdown does; kills it if it has not exited within the grace period.</summary>
    public void Terminate(TimeSpan grace)
    {
        if (_process is not { HasExited: false } p) return;
        using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false }))
        {
            kill?.WaitForExit(5000);
        }
        if (!p.WaitForExit(grace)) Kill();
    }

    public void Kill()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit(5000);
        }
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        _onLine?.Invoke(line);
        lock (_output)
        {
            _output.AppendLine(line);
            if (_output.Length > 20_000) _output.Remove(0, 10_000);
        }
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''") + "'";
}
