namespace Alerts.Cli.Runner;

/// <summary>The runner's own lines, in the host's style, interleaved with the handler's output.</summary>
public sealed class RunnerLog(TextWriter writer, bool verbose = true)
{
    private readonly object _lock = new();

    public bool Verbose { get; } = verbose;

    public void Info(string line) => Write("host", line);
    public void Warn(string line) => Write("host warn", line);
    public void Error(string line) => Write("host fail", line);

    public void Handler(string line)
    {
        if (Verbose) Write("handler", line);
    }

    private void Write(string who, string line)
    {
        lock (_lock) writer.WriteLine($"[{who}] {line}");
    }
}
