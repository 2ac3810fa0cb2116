using System.Diagnostics;

namespace Alerts.Cli.Bench;

/// <summary>
/// CPU seconds of the handler processes, of Azurite and of this process (runner, feed site, maildev client), read
/// between two points of a run, and the largest working set any one handler reached (sampled every 200 ms).
/// </summary>
public sealed class ProcessMeter(IReadOnlyList<Process> handlers, Process? azurite)
{
    public sealed record Cpu(double Handlers, double Azurite, double Runner);

    private readonly CancellationTokenSource _stop = new();
    private Task? _sampler;
    private Cpu _last = new(0, 0, 0);
    private long _peak;

    public long PeakWorkingSetBytes => Interlocked.Read(ref _peak);

    public void Start()
    {
        _last = Now();
        _sampler = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                foreach (var p in handlers)
                {
                    p.Refresh();
                    var ws = p.WorkingSet64;
                    long seen;
                    while (ws > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, ws, seen) != seen) { }
                }
                try { await Task.Delay(200, _stop.Token).ConfigureAwait(false); } catch (OperationCanceledException) { }
            }
        });
    }

    /// <summary>CPU seconds used since the previous read (or the start).</summary>
    public Cpu Read()
    {
        var now = Now();
        var used = new Cpu(now.Handlers - _last.Handlers, now.Azurite - _last.Azurite, now.Runner - _last.Runner);
        _last = now;
        return used;
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_sampler is not null) await _sampler.ConfigureAwait(false);
    }

    private Cpu Now() => new(handlers.Sum(Seconds), azurite is null ? double.NaN : Seconds(azurite), Seconds(Process.GetCurrentProcess()));

    private static double Seconds(Process p)
    {
        p.Refresh();
        return p.TotalProcessorTime.TotalSeconds;
    }
}
