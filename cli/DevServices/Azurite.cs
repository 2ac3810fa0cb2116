namespace Alerts.Cli.DevServices;

/// <summary>Azurite on loopback: blob, queue and table endpoints, in memory or persisted to a folder.</summary>
public sealed class Azurite : IDisposable
{
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private NodeService? _service;

    private readonly Action<string>? _accessLog;

    private Azurite(int blobPort, int queuePort, int tablePort, string? location, Action<string>? accessLog = null)
    {
        _accessLog = accessLog;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        Location = location;
    }

    /// <summary>Azurite can take long to start on a loaded machine.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }
    /// <summary>Null: in-memory. Otherwise the folder Azurite persists to, so that a restart keeps the data.</summary>
    public string? Location { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};";

    /// <summary>
    /// A private Azurite on free ports, ended on dispose. With <paramref name="accessLog"/>, Azurite writes one line per
    /// request ("GET /devstoreaccount1/seen(...) HTTP/1.1" 200), which is given to it (benchmarks count storage requests).
    /// </summary>
    public static Task<Azurite> StartAsync(string? location = null, Action<string>? accessLog = null) =>
        StartAsync(() => (LoopbackPorts.Free(), LoopbackPorts.Free(), LoopbackPorts.Free()), location, accessLog);

    /// <param name="ports">Blob, queue and table ports for each attempt (tests give taken ones).</param>
    internal static async Task<Azurite> StartAsync(Func<(int Blob, int Queue, int Table)> ports, string? location = null, Action<string>? accessLog = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (blob, queue, table) = ports();
            var a = new Azurite(blob, queue, table, location, accessLog);
            try
            {
                await a.StartProcessAsync().ConfigureAwait(false);
                return a;
            }
            catch (AzuriteExitedException ex) when (attempt < 3 && ex.Message.Contains("EADDRINUSE", StringComparison.Ordinal))
            {
                // A free port was taken by another process (another test's server) before Azurite bound it: new ports.
            }
        }
    }

    /// <summary>
    /// The demo's Azurite on the standard ports (so UseDevelopmentStorage=true reaches it): reused when it
    /// already runs, else started detached and persisted under .alerts/azurite.
    /// </summary>
    public static async Task<(Azurite Azurite, bool Started)> EnsureDefaultAsync(string location, string logFile)
    {
        var a = new Azurite(10000, 10001, 10002, location);
        if (LoopbackPorts.IsListening(a.QueuePort) && LoopbackPorts.IsListening(a.TablePort)) return (a, false);
        var service = new NodeService("azurite", NodeService.BinPath("azurite"), a.Arguments());
        service.StartDetached(logFile);
        await a.WaitReadyAsync(() => $"See {logFile}.").ConfigureAwait(false);
        return (a, true);
    }

    /// <summary>Kills Azurite (a fault test); <see cref="RestartAsync"/> brings it back on the same ports.</summary>
    public void Kill() => _service?.Kill();

    /// <summary>
    /// Stops Azurite mid-run the way a storage restart does: requests in flight fail, and what it acknowledged is
    /// flushed to <see cref="Location"/>. (Azurite saves to disk every 5 s, so <see cref="Kill"/> loses the last writes.)
    /// </summary>
    public void Stop() => _service?.Terminate(TimeSpan.FromSeconds(15));

    public async Task RestartAsync()
    {
        _service?.Dispose();
        await StartProcessAsync().ConfigureAwait(false);
    }

    public void Dispose() => _service?.Dispose();

    private async Task StartProcessAsync()
    {
        _listening.Clear();
        _service = new NodeService("azurite", NodeService.BinPath("azurite"), Arguments(), OnLine);
        _service.Start();
        try
        {
            await WaitListeningAsync(_service).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or AzuriteExitedException)
        {
            _service.Dispose(); // never leave a half-started Azurite behind
            throw;
        }
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, bool> _listening = new();

    private void OnLine(string line)
    {
        // "Azurite Queue service is successfully listening at http://127.0.0.1:40123"
        const string marker = "successfully listening at http://127.0.0.1:";
        var at = line.IndexOf(marker, StringComparison.Ordinal);
        if (at >= 0 && int.TryParse(line.AsSpan(at + marker.Length).TrimEnd(), out var port)) _listening[port] = true;
        _accessLog?.Invoke(line);
    }

    /// <summary>
    /// Ready when Azurite itself says each service listens, not when something answers on the ports: a port taken by
    /// another process in the meantime answers too, while Azurite exits with EADDRINUSE.
    /// </summary>
    private async Task WaitListeningAsync(NodeService service)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!(_listening.ContainsKey(BlobPort) && _listening.ContainsKey(QueuePort) && _listening.ContainsKey(TablePort)))
        {
            if (!service.IsRunning)
            {
                await Task.Delay(200).ConfigureAwait(false); // its last lines (the reason) may still be on their way
                throw new AzuriteExitedException("Azurite exited while starting: " + service.RecentOutput());
            }
            if (clock.Elapsed > StartTimeout) throw new TimeoutException($"Azurite did not listen within {StartTimeout.TotalSeconds:0}s: {service.RecentOutput()}");
            await Task.Delay(20).ConfigureAwait(false);
        }
    }

    private async Task WaitReadyAsync(Func<string> diagnostics)
    {
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            await LoopbackPorts.WaitListeningAsync(port, StartTimeout, () => "Azurite: " + diagnostics()).ConfigureAwait(false);
        }
    }

    private List<string> Arguments()
    {
        var args = new List<string>
        {
            "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(),
            "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(),
            "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(),
            "--skipApiVersionCheck", "--disableTelemetry", "--loose",
        };
        if (_accessLog is null) args.Add("--silent");
        if (Location is null) args.Add("--inMemoryPersistence");
        else
        {
            Directory.CreateDirectory(Location);
            args.AddRange(["--location", Location]);
        }
        return args;
    }
}

/// <summary>Azurite ended before all three services listened; the message carries its output.</summary>
public sealed class AzuriteExitedException(string message) : Exception(message);
