using System.Text.Json;
using System.Text.Json.Nodes;
using Alerts.Storage;
using NCrontab;

namespace Alerts.Cli.Runner;

public sealed record RunnerOptions
{
    public required string HostJsonPath { get; init; }
    public required string FunctionsRoot { get; init; }
    /// <summary>App settings, passed to the handler as environment variables, and used for %Setting% in bindings.</summary>
    public required IReadOnlyDictionary<string, string> Settings { get; init; }
    public string? HandlerExecutable { get; init; }
    /// <summary>How long a received message stays invisible while its invocation runs (the host renews a 10 min lease).</summary>
    public TimeSpan MessageLease { get; init; } = TimeSpan.FromMinutes(2);
    public bool VerboseHandlerOutput { get; init; } = true;
    /// <summary>Replaces host.json's retry delay (visibilityTimeout) for tests that exhaust retries; null keeps host.json's.</summary>
    public TimeSpan? RetryDelayOverride { get; init; }
    /// <summary>Port of the HTTP triggers' front; 0 picks a free one.</summary>
    public int HttpPort { get; init; }
}

/// <summary>One invocation as the runner saw it: when it started, how long the handler took, the trigger data it was given, and its error if it failed.</summary>
public sealed record InvocationRecord(string Function, DateTimeOffset Started, double DurationMs, bool Succeeded, JsonObject Data, string? Error = null);

/// <summary>
/// Stands in for the Azure Functions host, which cannot be installed here: starts the handler, then drives
/// its timer, queue and HTTP triggers from the same host.json and function.json files, with the same
/// payloads, against real Azure Storage (Azurite).
/// </summary>
public sealed class LocalRunner : IAsyncDisposable
{
    private readonly RunnerOptions _options;
    private readonly RunnerLog _log;
    private readonly StorageClients _storage;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromMinutes(5) };
    private HandlerProcess? _handler;
    private HttpTriggerFront? _front;

    public LocalRunner(RunnerOptions options, RunnerLog log)
    {
        _options = options;
        _log = log;
        App = FunctionAppDefinition.Load(options.HostJsonPath, options.FunctionsRoot);
        ValidateSettings();
        var connection = options.Settings.GetValueOrDefault("AzureWebJobsStorage")
                         ?? throw new Alerts.Pipeline.ConfigurationException("AzureWebJobsStorage", "is missing from the runner's settings.");
        _storage = StorageClients.FromConnectionString(connection);
    }

    public FunctionAppDefinition App { get; }
    public HandlerProcess Handler => _handler ?? throw new InvalidOperationException("the runner is not started");
    public Uri? HttpBaseAddress => _front?.BaseAddress;
    public StorageClients Storage => _storage;

    public async Task StartAsync(CancellationToken ct = default)
    {
        await _storage.EnsureCreatedAsync(ct).ConfigureAwait(false);
        await StartHandlerAsync().ConfigureAwait(false);
        _front = new HttpTriggerFront(App.Functions.Where(f => f.Trigger.Type == "httpTrigger").ToList(), InvokeAsync, _log,
            _options.Settings.GetValueOrDefault("FunctionKey"), _options.HttpPort);
        await _front.StartAsync(ct).ConfigureAwait(false);
        _log.Info($"Functions host stand-in: {App.Functions.Count} functions; handler on {Handler.BaseAddress}; HTTP triggers on {_front.BaseAddress}api/");
    }

    /// <summary>Kills the handler and starts a new one (a crash and the host's restart of the worker).</summary>
    public async Task RestartHandlerAsync()
    {
        if (_handler is not null) await _handler.DisposeAsync().ConfigureAwait(false);
        await StartHandlerAsync().ConfigureAwait(false);
    }

    /// <summary>One full cycle, as if every timer fired once: schedule, fetch, analyze, digest, deliver; each queue drained.</summary>
    public async Task RunCycleAsync(CancellationToken ct = default)
    {
        foreach (var timer in Timers().Where(t => t.Name != "SendDigests")) await FireTimerAsync(timer, ct).ConfigureAwait(false);
        await DrainAsync(ct).ConfigureAwait(false);
        foreach (var timer in Timers().Where(t => t.Name == "SendDigests")) await FireTimerAsync(timer, ct).ConfigureAwait(false);
        await DrainAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Processes the queue triggers until no visible message is left on any of their queues. Every queue is pumped at
    /// once, each with the host's per-instance concurrency (batchSize + newBatchThreshold), as the host does; a round
    /// that took nothing anywhere ends the drain, since one queue's invocations may fill another.
    /// </summary>
    public async Task DrainAsync(CancellationToken ct = default)
    {
        var pumps = QueuePumps();
        while (true)
        {
            var taken = await Task.WhenAll(pumps.Select(p => p.DrainAsync(ct))).ConfigureAwait(false);
            if (taken.Sum() == 0) return;
        }
    }

    /// <summary>Runs like the host until cancelled: timers on their schedules, queues polled continuously.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        var tasks = QueuePumps().Select(p => p.RunAsync(ct)).ToList();
        tasks.AddRange(Timers().Select(t => RunTimerAsync(t, ct)));
        try { await Task.WhenAll(tasks).ConfigureAwait(false); }
        catch (OperationCanceledException) { }
    }

    public async Task<InvocationResult> FireTimerAsync(FunctionDefinition timer, CancellationToken ct, bool pastDue = false)
    {
        var schedule = Schedule(timer);
        var now = DateTime.UtcNow;
        var data = new JsonObject
        {
            [timer.Trigger.Name] = new JsonObject
            {
                ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
                ["ScheduleStatus"] = new JsonObject { ["Last"] = now.ToString("O"), ["Next"] = schedule.GetNextOccurrence(now).ToString("O"), ["LastUpdated"] = now.ToString("O") },
                ["IsPastDue"] = pastDue,
            },
        };
        return await InvokeAsync(timer, data, new JsonObject { ["sys"] = Sys(timer) }, ct).ConfigureAwait(false);
    }

    /// <summary>Invokes a function and writes its queue outputs, as the host does after a successful invocation.</summary>
    public async Task<InvocationResult> InvokeAsync(FunctionDefinition function, JsonObject data, JsonObject metadata, CancellationToken ct)
    {
        var started = DateTimeOffset.UtcNow;
        var result = await new HostInvoker(_http).InvokeAsync(function.Name, data, metadata, ct, Handler.BaseAddress).ConfigureAwait(false);
        Invoked?.Invoke(new InvocationRecord(function.Name, started, result.Ms, result.Succeeded, data, result.Error));
        if (result.Succeeded)
        {
            foreach (var output in function.Outputs.Where(o => o.Type == "queue"))
            {
                var queue = _storage.Queue(Resolve(output.Get("queueName")!));
                foreach (var message in Messages(result.Outputs?[output.Name])) await queue.SendMessageAsync(message, ct).ConfigureAwait(false);
            }
        }
        _log.Info(result.Succeeded
            ? $"Executed 'Functions.{function.Name}' (Succeeded, Duration={result.Ms}ms)"
            : $"Executed 'Functions.{function.Name}' (Failed, Duration={result.Ms}ms): {result.Error}");
        return result;
    }

    /// <summary>Raised after every invocation (timings for benchmarks); handlers must be quick and thread-safe.</summary>
    public event Action<InvocationRecord>? Invoked;

    public IReadOnlyList<FunctionDefinition> Timers() => App.Functions.Where(f => f.Trigger.Type == "timerTrigger").ToList();

    public FunctionDefinition Function(string name) =>
        App.Functions.FirstOrDefault(f => f.Name == name) ?? throw new ArgumentException($"no function named {name}");

    public async ValueTask DisposeAsync()
    {
        if (_front is not null) await _front.DisposeAsync().ConfigureAwait(false);
        if (_handler is not null) await _handler.DisposeAsync().ConfigureAwait(false);
        _http.Dispose();
    }

    private async Task StartHandlerAsync()
    {
        _handler = new HandlerProcess(_options.Settings, _log.Handler, _options.HandlerExecutable);
        await _handler.StartAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
    }

    private List<QueueTriggerPump> QueuePumps() => App.Functions.Where(f => f.Trigger.Type == "queueTrigger").Select(f =>
    {
        var name = Resolve(f.Trigger.Get("queueName")!);
        var settings = _options.RetryDelayOverride is { } delay ? App.Queues with { VisibilityTimeout = delay } : App.Queues;
        return new QueueTriggerPump(f, _storage.Queue(name), _storage.Queue(name + "-poison"), settings, InvokeAsync, _log, _options.MessageLease);
    }).ToList();

    private async Task RunTimerAsync(FunctionDefinition timer, CancellationToken ct)
    {
        var schedule = Schedule(timer);
        if (timer.Trigger.Raw["runOnStartup"]?.GetValue<bool>() == true) await FireTimerAsync(timer, ct).ConfigureAwait(false);
        while (!ct.IsCancellationRequested)
        {
            var next = schedule.GetNextOccurrence(DateTime.UtcNow);
            try { await Task.Delay(next - DateTime.UtcNow + TimeSpan.FromMilliseconds(5), ct).ConfigureAwait(false); }
            catch (OperationCanceledException) { return; }
            await FireTimerAsync(timer, ct).ConfigureAwait(false);
        }
    }

    private CrontabSchedule Schedule(FunctionDefinition timer)
    {
        var expression = Resolve(timer.Trigger.Get("schedule")!);
        return CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
               ?? throw new FunctionDefinitionException($"{timer.Name}: schedule '{expression}' is not a 6-field NCRONTAB expression.");
    }

    /// <summary>%Name% in a binding is an app setting, as in the host.</summary>
    private string Resolve(string value)
    {
        if (value.Length > 2 && value[0] == '%' && value[^1] == '%')
        {
            var key = value[1..^1];
            return _options.Settings.TryGetValue(key, out var v) && v.Length > 0
                ? v
                : throw new Alerts.Pipeline.ConfigurationException(key, $"is missing: a binding refers to %{key}%.");
        }
        return value;
    }

    private void ValidateSettings()
    {
        foreach (var f in App.Functions)
        {
            foreach (var b in f.Outputs.Append(f.Trigger))
            {
                foreach (var key in new[] { "schedule", "queueName" })
                {
                    if (b.Get(key) is { } v) Resolve(v);
                }
            }
            if (f.Trigger.Type == "timerTrigger") Schedule(f);
        }
    }

    private static IEnumerable<string> Messages(JsonNode? output) => output switch
    {
        null => [],
        JsonArray array => array.Where(n => n is not null).Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : n!.ToJsonString()),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [output.ToJsonString()],
    };

    private static JsonObject Sys(FunctionDefinition f) =>
        new() { ["MethodName"] = f.Name, ["UtcNow"] = DateTime.UtcNow.ToString("O"), ["RandGuid"] = Guid.NewGuid().ToString() };
}
