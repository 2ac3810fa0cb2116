using Microsoft.Extensions.Logging;

namespace Alerts.Functions.Contract;

/// <summary>
/// The log lines of the invocation in progress. The host writes a reply's Logs into the function's own log
/// stream (and Application Insights), so every ILogger line of an invocation is returned there as well as on stdout.
/// </summary>
public sealed class InvocationLogs
{
    private static readonly AsyncLocal<InvocationLogs?> CurrentSlot = new();
    private readonly List<string> _lines = [];

    public static InvocationLogs? Current => CurrentSlot.Value;

    public static InvocationLogs Begin() => CurrentSlot.Value = new InvocationLogs();

    public static void End() => CurrentSlot.Value = null;

    public void Add(string line)
    {
        lock (_lines) if (_lines.Count < 500) _lines.Add(line);
    }

    public List<string> Lines()
    {
        lock (_lines) return [.. _lines];
    }
}

/// <summary>Copies every log line at Information or above into the current invocation's Logs.</summary>
public sealed class InvocationLogProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger();

    public void Dispose() { }

    private sealed class Logger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information && InvocationLogs.Current is not null;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var line = formatter(state, exception);
            if (exception is not null) line += $" ({exception.GetType().Name}: {exception.Message})";
            InvocationLogs.Current!.Add(logLevel >= LogLevel.Warning ? $"{logLevel}: {line}" : line);
        }
    }
}
