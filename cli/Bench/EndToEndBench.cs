using System.Diagnostics;
using System.Globalization;
using System.Text;
using Alerts.Cli.Demo;
using Alerts.Cli.DevServices;
using Alerts.Cli.Runner;
using Alerts.Storage;
using Alerts.Subscribers;

namespace Alerts.Cli.Bench;

/// <summary>
/// The whole pipeline on real parts: N generated feeds of M items on loopback, private Azurite and maildev, and one or
/// two local runners (each with its own handler process) competing for the same queues. Each feed is served under its
/// host among 64 loopback addresses (see <see cref="BenchFeedSite"/>), as real feeds live on many hosts: the fetcher's
/// per-host politeness limit then applies as it would in production. Timings come from the runners'
/// invocation records (see <see cref="InvocationStats"/>); duplicates are counted in the alerts table and in maildev.
/// After the first cycle (every item new) the one-runner run measures steady polling cycles for the cost model
/// (see <see cref="SteadyCycles"/>), when asked for. Storage requests are counted from Azurite's access log
/// (see <see cref="StorageRequestLog"/>). The <see cref="EndToEndScenario"/> says whether the publishers answer at once
/// (the machine's CPU is the limit) or after a network delay with teaser summaries (per-instance concurrency is).
/// </summary>
public static class EndToEndBench
{
    public sealed record Result(int Instances, int Feeds, int ItemsPerFeed, double Seconds, double ItemsPerSecond,
        IReadOnlyDictionary<string, Spread> Stages, Spread ItemLatency, double PublishToDeliveryMs,
        long PeakWorkingSetBytes, double HandlerCpuSeconds, double AzuriteCpuSeconds, double RunnerCpuSeconds,
        int AlertRows, int DistinctAlertItems, int Emails, int FailedInvocations, IReadOnlyList<SteadyCycles.Cycle> Steady)
    {
        public string Scenario { get; init; } = EndToEndScenario.CpuBound.Name;
        /// <summary>The handler build that ran (see <see cref="BenchHandler"/>).</summary>
        public string Handler { get; init; } = BenchHandler.Jit.Name;
        /// <summary>Storage requests of the first cycle (fetch and analysis, before the digest), by kind.</summary>
        public IReadOnlyDictionary<string, int> StorageRequests { get; init; } = new Dictionary<string, int>();
        public int ArticleFetches { get; init; }
        public int Items => Feeds * ItemsPerFeed;

        /// <summary>Requests of one service (table, queue, blob) in the first cycle.</summary>
        public int Requests(string service) => StorageRequests.Where(kv => kv.Key.StartsWith(service + " ", StringComparison.Ordinal)).Sum(kv => kv.Value);
    }

    public static async Task<Result> RunAsync(int feeds, int items, int instances, TextWriter log, CancellationToken ct, double? newItemsPerPoll = null,
        EndToEndScenario? scenario = null, BenchHandler? handler = null)
    {
        scenario ??= EndToEndScenario.CpuBound;
        handler ??= BenchHandler.Jit;
        var work = RepoPaths.Out("bench", "e2e", $"{feeds}x{items}-{instances}{scenario.DirectorySuffix}");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        var emptySite = Path.Combine(work, "site");
        Directory.CreateDirectory(emptySite);
        await using var site = new BenchFeedSite(FeedHosts, scenario.Latency ?? TimeSpan.Zero);
        await site.StartAsync();
        var newest = DateTimeOffset.UtcNow.AddMinutes(-1);
        var sources = new StringBuilder("{ \"version\": 1, \"requiresNetwork\": false, \"sources\": [\n");
        for (var f = 0; f < feeds; f++)
        {
            // CPU-bound: five sentences per summary, long enough that the analyzer judges on the feed text without
            // fetching the page. Latency-bound: teasers, so every item's article page is fetched from the feed's host.
            site.Put(FeedFile(f), scenario.Latency is null
                ? BenchCorpus.Rss(1000 + f, items, 5, newest: newest)
                : BenchCorpus.Rss(1000 + f, items, 0, linkBase: site.BaseOf(f), newest: newest));
            sources.Append(CultureInfo.InvariantCulture, $"{(f > 0 ? ",\n" : "")}{{ \"id\": \"bench-{f}\", \"kind\": \"feed\", \"url\": \"{site.UrlOf(f, FeedFile(f))}\", \"name\": \"Bench wire {f}\", \"lang\": \"en\", \"interval\": \"5m\" }}");
        }
        sources.Append("\n] }\n");
        var template = Path.Combine(work, "sources.template.json");
        await File.WriteAllTextAsync(template, sources.ToString(), ct);

        var stats = new InvocationStats();
        var requests = new StorageRequestLog();
        await using var stack = await PipelineStack.StartAsync(new StackOptions
        {
            SiteRoot = emptySite, SourcesTemplate = template, WorkDir = Path.Combine(work, "stack"), Log = TextWriter.Null, VerboseHandler = false,
            AzuriteAccessLog = requests.Add, HandlerExecutable = handler.Executable,
        });
        stack.Runner.Invoked += stats.Add;
        await stack.EnsureSubscriberAsync(Channel.Email, "bench@example.org", "Bench", new SubscriberPreferences { Cadence = "hourly" }, DateTimeOffset.UtcNow.AddDays(-1));
        var runners = new List<LocalRunner> { stack.Runner };
        try
        {
            for (var i = 1; i < instances; i++)
            {
                var extra = new LocalRunner(new RunnerOptions
                {
                    HostJsonPath = Path.Combine(RepoPaths.Root, "host.json"), FunctionsRoot = Path.Combine(RepoPaths.Root, "functions"),
                    Settings = stack.Settings, HttpPort = LoopbackPorts.Free(), HandlerExecutable = handler.Executable,
                }, new RunnerLog(TextWriter.Null, verbose: false));
                await extra.StartAsync(ct);
                extra.Invoked += stats.Add;
                runners.Add(extra);
            }
            var meter = new ProcessMeter(runners.Select(r => r.Handler.Process!).ToList(), AzuriteProcess(stack.Azurite.TablePort));
            meter.Start();

            var before = requests.Snapshot();
            var clock = Stopwatch.StartNew();
            await runners[0].FireTimerAsync(runners[0].Function("ScheduleFeeds"), ct);
            await DrainAllAsync(runners, ct);
            var analysed = clock.Elapsed;
            var firstRequests = requests.Since(before);
            var articles = site.ArticleRequests;
            await runners[0].FireTimerAsync(runners[0].Function("SendDigests"), ct);
            await DrainAllAsync(runners, ct);
            var emails = (await stack.MailDev.ListEmailsAsync(ct)).Count;
            var delivered = clock.Elapsed;
            var first = stats.Since(0);
            var cpu = meter.Read();
            log.WriteLine($"bench: end to end {scenario.Name} {feeds}x{items}, {instances} runner(s), {handler.Name} handler: first cycle {analysed.TotalSeconds:F1} s, handler CPU {cpu.Handlers:F1} s, Azurite CPU {cpu.Azurite:F1} s, runner CPU {cpu.Runner:F1} s, {firstRequests.Values.Sum()} storage requests, {articles} article fetches");
            foreach (var (kind, count) in firstRequests.OrderByDescending(kv => kv.Value)) log.WriteLine($"bench:   {count,7} {kind} ({count / (double)(feeds * items):F2} per item)");

            var steady = instances == 1 && newItemsPerPoll is { } rate
                ? await new SteadyCycles(stack, site, feeds, stats, meter, log).RunAsync(rate, ct)
                : [];
            await meter.StopAsync();
            var (rows, distinct) = await CountAlertsAsync(stack.Runner.Storage, ct);
            var result = new Result(instances, feeds, items, analysed.TotalSeconds, feeds * items / analysed.TotalSeconds,
                InvocationStats.ByStage(first), InvocationStats.ItemLatency(first), delivered.TotalMilliseconds,
                meter.PeakWorkingSetBytes, cpu.Handlers, cpu.Azurite, cpu.Runner, rows, distinct, emails, InvocationStats.Failed(stats.Since(0)), steady)
            {
                Scenario = scenario.Name, Handler = handler.Name, StorageRequests = firstRequests, ArticleFetches = articles,
            };
            foreach (var failure in stats.Since(0).Where(r => !r.Succeeded).GroupBy(r => $"{r.Function}: {r.Error}").Take(5))
            {
                log.WriteLine($"bench: {failure.Count()} failed invocation(s) {failure.Key}");
            }
            return result;
        }
        finally
        {
            foreach (var extra in runners.Skip(1)) await extra.DisposeAsync();
        }
    }

    /// <summary>Loopback host addresses the feeds are spread over (about 8 feeds per host for 500 feeds).</summary>
    public const int FeedHosts = 64;

    public static string FeedFile(int feed) => $"feed-{feed}.rss";

    /// <summary>Each runner pumps until it sees no visible message; repeat until every queue is empty, since one runner's in-flight work can enqueue more after another has stopped.</summary>
    public static async Task DrainAllAsync(IReadOnlyList<LocalRunner> runners, CancellationToken ct)
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

    /// <summary>The private Azurite's node process, found by the table port on its command line (null when not found).</summary>
    private static Process? AzuriteProcess(int tablePort)
    {
        if (!Directory.Exists("/proc")) return null;
        var needle = $"--tablePort\0{tablePort}\0";
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                if (File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(needle, StringComparison.Ordinal)) return Process.GetProcessById(pid);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // The process ended while we looked.
            }
        }
        return null;
    }
}
