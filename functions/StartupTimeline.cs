using System.Diagnostics;
using System.Globalization;

namespace Alerts.Functions;

/// <summary>
/// Milliseconds from the handler's entry point to each start-up step, logged in the "Handler ready" line: a cold
/// start that grows shows in the logs with the step that grew (docs/ops.md), and the cold-start benchmark reads it.
/// </summary>
public sealed class StartupTimeline
{
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly List<(string Step, double Ms)> _steps = [];

    public void Mark(string step)
    {
        var ms = Stopwatch.GetElapsedTime(_start).TotalMilliseconds;
        lock (_steps) _steps.Add((step, ms));
    }

    /// <summary>"host built 31 ms, server started 58 ms, ..." in the order the steps finished.</summary>
    public override string ToString()
    {
        lock (_steps)
        {
            return string.Join(", ", _steps.OrderBy(s => s.Ms).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Step} {s.Ms:0} ms")))
                + string.Create(CultureInfo.InvariantCulture, $"; {GC.CollectionCount(0)} GCs, {GC.GetTotalAllocatedBytes() / 1048576.0:0.0} MiB allocated");
        }
    }
}
