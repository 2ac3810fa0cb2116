using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Alerts.Cli.Demo;
using Alerts.Cli.DevServices;
using Alerts.Cli.Runner;
using Alerts.Storage;
using Alerts.Subscribers;

namespace Alerts.Cli.Bench;

/// <summary>
/// The whole pipeline on real parts: N generated feeds of M items on loopback, private Azurite and maildev, and one or
/// two local runners (each with its own handler process) competing for the same queues. Timings per stage come
/// from the runner's invocation log; duplicates are counted in the alerts table and in maildev.
/// </summary>
public static partial class EndToEndBench
{
    public sealed record Result(int Instances, int Feeds, int ItemsPerFeed, double Seconds, double ItemsPerSecond,
        IReadOnlyDictionary<string, (int Count, double P50, double P99, double SumMs)> Stages, double PublishToDeliveryMs,
        long PeakWorkingSetBytes, double HandlerCpuSeconds, int AlertRows, int DistinctAlertItems, int Emails, int FailedInvocations);

    public static async Task<Result> RunAsync(int feeds, int items, int instances, TextWriter log, CancellationToken ct)
    {
        var work = RepoPaths.Out("bench", "e2e", $"{feeds}x{items}-{instances}");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        var site = Path.Combine(work, "site");
        Directory.CreateDirectory(site);
        var newest = DateTimeOffset.UtcNow.AddMinutes(-1);
        var sources = new StringBuilder("{ \"version\": 1, \"requiresNetwork\": false, \"sources\": [\n");
        for (var f = 0; f < feeds; f++)
        {
            // Five sentences per summary: long enough that the analyzer judges on the feed text without fetching the page.
            await File.WriteAllTextAsync(Path.Combine(site, $"feed-{f}.rss"), BenchCorpus.Rss(1000 + f, items, 5, newest: newest), ct);
            sources.Append(CultureInfo.InvariantCulture, $"{(f > 0 ? ",\n" : "")}{{ \"id\": \"bench-{f}\", \"kind\": \"feed\", \"url\": \"{{base}}feed-{f}.rss\", \"name\": \"Bench wire {f}\", \"lang\": \"en\", \"interval\": \"5m\" }}");
        }
        sources.Append("\n] }\n");
        var template = Path.Combine(work, "sources.template.json");
        await File.WriteAllTextAsync(template, sources.ToString(), ct);

        var stageLog = new StageLog();
        await using var stack = await PipelineStack.StartAsync(new StackOptions
        {
            SiteRoot = site, SourcesTemplate = template, WorkDir = Path.Combine(work, "stack"), Log = stageLog, VerboseHandler = false,
        });
        await stack.EnsureSubscriberAsync(Channel.Email, "bench@example.org", "Bench", new SubscriberPreferences { Cadence = "hourly" }, DateTimeOffset.UtcNow.AddDays(-1));
        var runners = new List<LocalRunner> { stack.Runner };
        try
        {
            for (var i = 1; i < instances; i++)
            {
                var extra = new LocalRunner(new RunnerOptions
                {
                    HostJsonPath = Path.Combine(RepoPaths.Root, "host.json"), FunctionsRoot = Path.Combine(RepoPaths.Root, "functions"),
                    Settings = stack.Settings, HttpPort = LoopbackPorts.Free(),
                }, new RunnerLog(stageLog, verbose: false));
                await extra.StartAsync(ct);
                runners.Add(extra);
            }
            var processes = runners.Select(r => r.Handler.Process!).ToList();
            var cpuBefore = processes.Sum(p => { p.Refresh(); return p.TotalProcessorTime.TotalSeconds; });
            long peak = 0;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peak = Math.Max(peak, processes.Sum(p => { p.Refresh(); return p.WorkingSet64; }));
                    try { await Task.Delay(200, sampling.Token); } catch (OperationCanceledException) { }
                }
            }, CancellationToken.None);

            var clock = Stopwatch.StartNew();
            await runners[0].FireTimerAsync(runners[0].Function("ScheduleFeeds"), ct);
            await DrainAllAsync(runners, ct);
            var analysed = clock.Elapsed;
            await runners[0].FireTimerAsync(runners[0].Function("SendDigests"), ct);
            await DrainAllAsync(runners, ct);
            var emails = (await stack.MailDev.ListEmailsAsync(ct)).Count;
            var delivered = clock.Elapsed;

            await sampling.CancelAsync();
            await sampler;
            var cpu = processes.Sum(p => { p.Refresh(); return p.TotalProcessorTime.TotalSeconds; }) - cpuBefore;
            var (rows, distinct) = await CountAlertsAsync(stack.Runner.Storage, ct);
            return new Result(instances, feeds, items, analysed.TotalSeconds, feeds * items / analysed.TotalSeconds, stageLog.Summary(),
                delivered.TotalMilliseconds, peak, cpu, rows, distinct, emails, stageLog.Failed);
        }
        finally
        {
            foreach (var extra in runners.Skip(1)) await extra.DisposeAsync();
        }
    }

    /// <summary>Each runner pumps until it sees no visible message; repeat until every queue is empty, since one runner's in-flight work can enqueue more after another has stopped.</summary>
    private static async Task DrainAllAsync(IReadOnlyList<LocalRunner> runners, CancellationToken ct)
    {
        do
        {
            await Task.WhenAll(runners.Select(r => Task.Run(() => r.DrainAsync(ct), ct)));
        }
        while (await PendingAsync(runners[0], ct) > 0);
    }

    private static async Task<int> PendingAsync(LocalRunner runner, CancellationToken ct)
    {
        var total = 0;
        foreach (var name in new[] { "feeds-due", "items", "deliveries" })
        {
            var properties = await runner.Storage.Queue(name).GetPropertiesAsync(ct);
            total += properties.Value.ApproximateMessagesCount;
        }
        return total;
    }

    private static async Task<(int Rows, int DistinctItems)> CountAlertsAsync(StorageClients storage, CancellationToken ct)
    {
        var keys = new List<string>();
        await foreach (var row in storage.Table(TableNames.Alerts).QueryAsync<Azure.Data.Tables.TableEntity>(cancellationToken: ct))
        {
            keys.Add(row.RowKey); // partition = story, row = item: an item analysed twice into two stories shows as a repeat
        }
        return (keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>Reads the runner's "Executed 'Functions.X' (Succeeded, Duration=Nms)" lines into per-stage durations.</summary>
    private sealed partial class StageLog : TextWriter
    {
        private readonly Dictionary<string, List<double>> _durations = [];

        public int Failed { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
        }

        public override void WriteLine(string? value)
        {
            if (value is null || ExecutedLine().Match(value) is not { Success: true } match) return;
            lock (_durations)
            {
                if (match.Groups[2].Value != "Succeeded") Failed++;
                var name = match.Groups[1].Value;
                if (!_durations.TryGetValue(name, out var list)) _durations[name] = list = [];
                list.Add(double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
            }
        }

        public IReadOnlyDictionary<string, (int Count, double P50, double P99, double SumMs)> Summary()
        {
            lock (_durations)
            {
                return _durations.ToDictionary(kv => kv.Key, kv => (kv.Value.Count, Measure.Percentile(kv.Value, 0.5), Measure.Percentile(kv.Value, 0.99), kv.Value.Sum()));
            }
        }

        [GeneratedRegex(@"Executed 'Functions\.(\w+)' \((\w+), Duration=([0-9.]+)ms\)")]
        private static partial Regex ExecutedLine();
    }
}
