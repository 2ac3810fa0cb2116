using System.Globalization;
using System.Text;

namespace Alerts.Functions;

/// <summary>
/// Log lines on standard output, which the Functions host collects from a custom handler: one line per entry,
/// "HH:mm:ss level: Category[EventId] message" (UTC), with an exception's text on the same line. It writes the
/// line at once, under a lock. The framework's console logger formats the same way but also sets up a writer thread
/// and three formatters, each with its own options monitor, when the host is built; in the Native AOT handler the
/// generic types behind those are made at run time, and a cold start waited for them.
/// </summary>
[ProviderAlias("Console")]
public sealed class StdoutLogProvider(TextWriter output) : ILoggerProvider
{
    private readonly Lock _write = new();

    public StdoutLogProvider() : this(Console.Out)
    {
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() => output.Flush();

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };

    private void Write(string line)
    {
        lock (_write) output.WriteLine(line);
    }

    private sealed class Logger(StdoutLogProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var line = new StringBuilder(128)
                .Append(DateTime.UtcNow.ToString("HH:mm:ss", CultureInfo.InvariantCulture)).Append(' ')
                .Append(Level(logLevel)).Append(": ").Append(category).Append('[').Append(eventId.Id).Append("] ")
                .Append(formatter(state, exception));
            // One entry, one line: the host turns every line of output into its own log record.
            if (exception is not null) line.Append(' ').Append(exception);
            provider.Write(line.Replace("\r\n", " ").Replace('\n', ' ').ToString());
        }
    }
}
