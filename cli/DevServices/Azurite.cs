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
    public static async Task<Azurite> StartAsync(string? location = null, Action<string>? accessLog = null)
    {
        var a = new Azurite(LoopbackPorts.Free(), LoopbackPorts.Free(), LoopbackPorts.Free(), location, accessLog);
        await a.StartProcessAsync().ConfigureAwait(false);
        return a;
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
        _service = new NodeService("azurite", NodeService.BinPath("azurite"), Arguments(), _accessLog);
        _service.Start();
        try
        {
            await WaitReadyAsync(_service.RecentOutput).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _service.Dispose(); // never leave a half-started Azurite behind
            throw;
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
