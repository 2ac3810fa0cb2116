using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alerts.Cli.Bench;

/// <summary>Writes the suite's figures as markdown tables, the README summary table and the JSON summary line.</summary>
public static class BenchReport
{
    private static string F(double value, string format = "N1") => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    private static string Mb(long bytes) => F(bytes / 1048576.0, "N2");

    public static string Markdown(BenchResults r, BenchSettings settings)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Benchmarks ({(settings.Quick ? "--quick" : "full")}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores)");
        md.AppendLine().AppendLine($"Stopwatch harness: {settings.WarmUp.TotalSeconds:0.#} s of warm-up passes (tiered JIT), then the median of at least {settings.MinPasses} passes over all inputs on one thread; allocations per pass from GC.GetAllocatedBytesForCurrentThread. Machine load average at start: {LoadAverage()}; on a shared machine absolute figures move between runs, ratios measured in one run move less.");
        foreach (var feeds in r.Feeds) md.Append(FeedBench.Markdown(feeds));
        foreach (var e in r.Extraction)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## Article extraction: {e.Corpus} ({e.Extractors[0].Inputs} pages)").AppendLine();
            md.AppendLine("| extractor | pages/s | MB/s | allocated MiB/pass | text F1 |").AppendLine("|---|---|---|---|---|");
            foreach (var x in e.Extractors)
            {
                var f1 = x.Name switch { "ours" => e.OursF1, "smartreader" => e.SmartReaderF1, _ => null };
                md.AppendLine(CultureInfo.InvariantCulture, $"| {x.Name} | {F(x.InputsPerSecond)} | {F(x.MegabytesPerSecond)} | {Mb(x.AllocatedPerPass)} | {(f1 is { } v ? F(v, "N3") : "-")} |");
            }
            if (e.VsBareParse is { } vs) md.AppendLine().AppendLine(vs.Summary());
        }
        if (r.Detection is { } d)
        {
            md.AppendLine().AppendLine("## Detection (one thread, Detector.CreateDefault with country and count extractors)").AppendLine();
            md.AppendLine("| input | items | items/s | µs/item | allocated KiB/item |").AppendLine("|---|---|---|---|---|");
            foreach (var m in new[] { d.Short, d.Article })
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {m.Name} | {m.Inputs} | {F(m.InputsPerSecond, "N0")} | {F(m.MedianSeconds * 1e6 / m.Inputs)} | {F(m.AllocatedPerPass / 1024.0 / m.Inputs)} |");
            }
        }
        md.Append(EndToEndMarkdown(r));
        if (r.ColdStart is { } c)
        {
            md.AppendLine().AppendLine("## Cold start").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"AOT: {(c.AotMs is { } a ? F(a) + " ms" : "skipped")}; JIT: {(c.JitMs is { } j ? F(j) + " ms" : "skipped")}. {c.Note}");
        }
        if (r.Cost.Count > 0)
        {
            md.AppendLine().AppendLine("## Monthly cost, Flex Consumption on-demand, polled every 5 minutes, digests every 15 (docs/cost.md)").AppendLine();
            md.AppendLine(r.CostBasis).AppendLine();
            CostTable(md, r.Cost);
            foreach (var (scenario, lines) in r.CostScenarios)
            {
                md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"For comparison, {scenario}:").AppendLine();
                CostTable(md, lines);
            }
        }
        if (r.Skipped.Count > 0)
        {
            md.AppendLine().AppendLine("## Skipped").AppendLine();
            foreach (var (part, reason) in r.Skipped) md.AppendLine(CultureInfo.InvariantCulture, $"- {part}: {reason}");
        }
        return md.ToString();
    }

    private static void CostTable(StringBuilder md, IEnumerable<CostModel.Line> lines)
    {
        md.AppendLine("| feeds | executions/month | GB-s/month | executions USD | GB-s USD | USD/month |").AppendLine("|---|---|---|---|---|---|");
        foreach (var l in lines) md.AppendLine(CultureInfo.InvariantCulture, $"| {l.Feeds:N0} | {l.ExecutionsPerMonth:N0} | {l.GbSecondsPerMonth:N0} | {l.ExecutionsUsd:N2} | {l.GbSecondsUsd:N2} | {l.MonthlyUsd:N2} |");
    }

    /// <summary>The end-to-end section: the CPU-bound runs, the steady cycles, the latency-bound runs and the storage requests per item.</summary>
    public static string EndToEndMarkdown(BenchResults r)
    {
        var md = new StringBuilder();
        if (r.EndToEnd.Count == 0 && r.LatencyBound.Count == 0) return "";
        md.AppendLine().AppendLine("## End to end on Azurite (loopback feeds, one host name per feed, handler process per runner)").AppendLine();
        md.AppendLine("First cycle: every item of every feed is new. Per stage: p50/p99 of each invocation's duration (request to the handler until its reply, as the host measures it). " +
                      "Item fetch→stored: from the fetch of the item's feed until the AnalyzeItem invocation that stored it returned, queueing behind the other items included. " +
                      "Publish→delivery: from the ScheduleFeeds timer (every item already published) until the digest email is in the SMTP server, with SendDigests fired as soon as analysis drained " +
                      "(the wait for a real hourly digest's slot is left out). CPU: seconds used by the handler processes, Azurite, and the runner process (which also serves the feeds) on this machine's cores. " +
                      "Storage requests per item: table and blob requests (the handlers' reads, writes and story lease) and queue requests (the runners' receive, delete and output bindings, and FetchFeed's sends) in the first cycle, counted from Azurite's access log.").AppendLine();
        if (r.EndToEnd.Count > 0)
        {
            md.AppendLine("### CPU-bound: publishers answer at once, summaries long enough to judge").AppendLine();
            md.AppendLine("Every process shares this machine's cores, so a second runner adds no CPU: this measures the work per item.").AppendLine();
            EndToEndTable(md, r.EndToEnd);
        }
        foreach (var e in r.EndToEnd.Where(e => e.Steady.Count > 0))
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### Steady polling cycles after the first ({e.Feeds} feeds, one runner)").AppendLine();
            md.AppendLine("| cycle | feeds polled | new items | invocations | wall s | billed active s | handler CPU s | FetchFeed p50/p99 ms | AnalyzeItem p50/p99 ms |").AppendLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var c in e.Steady)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {c.Name} | {c.FeedsPolled} | {c.NewItems} | {c.TotalInvocations} | {F(c.WallSeconds)} | {F(c.BilledActiveSeconds)} | {F(c.HandlerCpuSeconds, "N2")} | {Stage(c.Stages, "FetchFeed")} | {Stage(c.Stages, "AnalyzeItem")} |");
            }
        }
        if (r.LatencyBound.Count > 0)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {char.ToUpperInvariant(r.LatencyBound[0].Scenario[0])}{r.LatencyBound[0].Scenario[1..]}").AppendLine();
            md.AppendLine("Every feed and article response waits before it is sent, as a distant publisher's does, and summaries are teasers, so AnalyzeItem fetches and extracts each article page. " +
                          "The same pipeline and host.json concurrency: an instance now spends most of each invocation waiting, as in production, so its concurrency rather than the CPU bounds its throughput.").AppendLine();
            EndToEndTable(md, r.LatencyBound);
        }
        return md.ToString();
    }

    private static string Stage(IReadOnlyDictionary<string, Spread> stages, string name) => stages.TryGetValue(name, out var s) ? $"{F(s.P50, "N0")}/{F(s.P99, "N0")}" : "-";

    private static void EndToEndTable(StringBuilder md, List<EndToEndBench.Result> runs)
    {
        md.AppendLine("| runners | handler | feeds × items | analysed in s | items/s | vs 1 runner | FetchFeed p50/p99 ms | AnalyzeItem p50/p99 ms | item fetch→stored p50/p99 s | publish→delivery s | peak WS MiB/handler | CPU s handler/Azurite/runner | handler CPU ms/item | storage requests/item table+blob/queue | article fetches | alert rows / distinct items | emails | failed invocations |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        var one = runs.FirstOrDefault(e => e.Instances == 1);
        foreach (var e in runs)
        {
            var scale = one is null ? "-" : F(e.ItemsPerSecond / one.ItemsPerSecond, "N2") + "×";
            md.AppendLine(CultureInfo.InvariantCulture, $"| {e.Instances} | {e.Handler} | {e.Feeds} × {e.ItemsPerFeed} | {F(e.Seconds)} | {F(e.ItemsPerSecond, "N0")} | {scale} | {Stage(e.Stages, "FetchFeed")} | {Stage(e.Stages, "AnalyzeItem")} | {F(e.ItemLatency.P50 / 1000)}/{F(e.ItemLatency.P99 / 1000)} | {F(e.PublishToDeliveryMs / 1000)} | {F(e.PeakWorkingSetBytes / 1048576.0, "N0")} | {F(e.HandlerCpuSeconds)}/{F(e.AzuriteCpuSeconds)}/{F(e.RunnerCpuSeconds)} | {F(e.HandlerCpuSeconds * 1000 / e.Items)} | {F((e.Requests("table") + e.Requests("blob")) / (double)e.Items, "N2")}/{F(e.Requests("queue") / (double)e.Items, "N2")} | {e.ArticleFetches} | {e.AlertRows} / {e.DistinctAlertItems} | {e.Emails} | {e.FailedInvocations} |");
        }
    }

    /// <summary>The short table the README carries: each target, the measured figure, and whether it is met.</summary>
    public static string ReadmeTable(BenchResults r)
    {
        var e2e = r.EndToEnd.FirstOrDefault();
        var rows = new List<(string What, string Target, string Measured, bool? Met)>
        {
            ("Feed parsing vs System.ServiceModel.Syndication", "≥ 2×", Ratio(r.FeedSpeedupVsSyndication), r.FeedSpeedupVsSyndication >= 2),
            ("Extraction time vs a bare HtmlAgilityPack parse", "≤ 2×", Ratio(r.ExtractVsBareParse), r.ExtractVsBareParse <= 2),
            ("Extraction vs SmartReader (speed)", "faster", Ratio(r.ExtractSpeedupVsSmartReader), r.ExtractSpeedupVsSmartReader > 1),
            ("Detection, title+summary, one core", "≥ 20,000 items/s", r.Detection is { } d ? F(d.Short.InputsPerSecond, "N0") + " items/s" : "skipped", r.Detection?.Short.InputsPerSecond >= 20_000),
            ("End to end, one runner: p99 of FetchFeed and AnalyzeItem invocations", "< 2 s", e2e is null ? "skipped" : $"{F(StageP99(e2e, "FetchFeed"), "N0")} / {F(StageP99(e2e, "AnalyzeItem"), "N0")} ms; {F(e2e.ItemsPerSecond, "N0")} items/s", e2e is null ? null : Math.Max(StageP99(e2e, "FetchFeed"), StageP99(e2e, "AnalyzeItem")) < 2000),
            ("Two runners vs one, CPU-bound (both on this machine's 2 cores)", "-", r.TwoRunnerScaling is { } scale ? $"{F(scale, "N2")}×, {Repeats(r.EndToEnd)} repeats" : "skipped", null),
            ("Two runners vs one, latency-bound (slow publishers; throughput, nothing twice)", "> 1×, 0 repeats", r.TwoRunnerScalingLatencyBound is { } lscale ? $"{F(lscale, "N2")}×, {Repeats(r.LatencyBound)} repeats" : "skipped", r.TwoRunnerScalingLatencyBound is { } sc ? sc > 1 && r.Repeats == 0 : null),
            ("Cold start (AOT / JIT)", "-", $"{(r.ColdStart?.AotMs is { } a ? F(a, "N0") + " ms" : "skipped")} / {(r.ColdStart?.JitMs is { } j ? F(j, "N0") + " ms" : "skipped")}", null),
            ("Monthly cost, 500 feeds every 5 min", "< $5", r.Cost.FirstOrDefault(c => c.Feeds == 500) is { } cost ? "$" + F(cost.MonthlyUsd, "N2") : "skipped", r.Cost.FirstOrDefault(c => c.Feeds == 500)?.MonthlyUsd < 5),
        };
        var md = new StringBuilder("| measure | target | measured | met |\n|---|---|---|---|\n");
        foreach (var (what, target, measured, met) in rows) md.Append(CultureInfo.InvariantCulture, $"| {what} | {target} | {measured} | {(met is null ? "-" : met.Value ? "yes" : "no")} |\n");
        return md.ToString();
    }

    private static int Repeats(List<EndToEndBench.Result> runs) => runs.Sum(x => x.AlertRows - x.DistinctAlertItems);

    private static double StageP99(EndToEndBench.Result e, string stage) => e.Stages.TryGetValue(stage, out var s) ? s.P99 : double.NaN;

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string Ratio(double? value) => value is { } v ? F(v, "N2") + "×" : "skipped";

    public static string Json(BenchResults r)
    {
        static JsonNode? N(double? v) => v is { } x && double.IsFinite(x) ? JsonValue.Create(Math.Round(x, 3)) : null;
        var e2e = r.EndToEnd.FirstOrDefault();
        var json = new JsonObject
        {
            ["feed_parse_speedup_vs_syndication"] = N(r.FeedSpeedupVsSyndication),
            ["feed_parse_speedup_vs_codehollow"] = N(r.Feeds.FirstOrDefault()?.SpeedupVs("codehollow")),
            ["extract_speedup_vs_smartreader"] = N(r.ExtractSpeedupVsSmartReader),
            ["extract_vs_bare_parse_ratio"] = N(r.ExtractVsBareParse),
            ["extract_f1"] = N(r.Extraction.Select(e => e.OursF1).FirstOrDefault(f => f != null)),
            ["smartreader_f1"] = N(r.Extraction.Select(e => e.SmartReaderF1).FirstOrDefault(f => f != null)),
            ["classify_items_per_sec"] = N(r.Detection?.Short.InputsPerSecond),
            ["classify_article_items_per_sec"] = N(r.Detection?.Article.InputsPerSecond),
            ["e2e_items_per_sec"] = N(e2e?.ItemsPerSecond),
            ["e2e_items_per_sec_2_runners"] = N(r.EndToEnd.FirstOrDefault(x => x.Instances == 2)?.ItemsPerSecond),
            ["e2e_p99_ms"] = N(e2e is null ? null : Math.Max(StageP99(e2e, "FetchFeed"), StageP99(e2e, "AnalyzeItem"))),
            ["e2e_fetchfeed_p99_ms"] = N(e2e is null ? null : StageP99(e2e, "FetchFeed")),
            ["e2e_analyzeitem_p99_ms"] = N(e2e is null ? null : StageP99(e2e, "AnalyzeItem")),
            ["e2e_item_fetch_to_stored_p99_ms"] = N(e2e?.ItemLatency.P99),
            ["e2e_two_runner_scaling"] = N(r.TwoRunnerScaling),
            ["e2e_scaling_2_runners"] = N(r.TwoRunnerScaling),
            ["e2e_handler_cpu_ms_per_item"] = N(e2e is null ? null : e2e.HandlerCpuSeconds * 1000 / e2e.Items),
            ["e2e_storage_requests_per_item"] = N(e2e is null ? null : (e2e.Requests("table") + e2e.Requests("blob")) / (double)e2e.Items),
            ["e2e_latency_bound_items_per_sec"] = N(r.LatencyBound.FirstOrDefault(x => x.Instances == 1)?.ItemsPerSecond),
            ["e2e_latency_bound_items_per_sec_2_runners"] = N(r.LatencyBound.FirstOrDefault(x => x.Instances == 2)?.ItemsPerSecond),
            ["e2e_latency_bound_scaling_2_runners"] = N(r.TwoRunnerScalingLatencyBound),
            ["e2e_latency_bound_p99_ms"] = N(r.LatencyBound.FirstOrDefault() is { } lb ? Math.Max(StageP99(lb, "FetchFeed"), StageP99(lb, "AnalyzeItem")) : null),
            ["e2e_repeats"] = r.Repeats is { } repeats ? JsonValue.Create(repeats) : null,
            ["e2e_publish_to_delivery_ms"] = N(e2e?.PublishToDeliveryMs),
            ["cold_start_ms_aot"] = N(r.ColdStart?.AotMs),
            ["cold_start_ms_jit"] = N(r.ColdStart?.JitMs),
            ["monthly_cost_usd_100_feeds"] = N(r.Cost.FirstOrDefault(c => c.Feeds == 100)?.MonthlyUsd),
            ["monthly_cost_usd_500_feeds"] = N(r.Cost.FirstOrDefault(c => c.Feeds == 500)?.MonthlyUsd),
            ["monthly_cost_usd_5000_feeds"] = N(r.Cost.FirstOrDefault(c => c.Feeds == 5000)?.MonthlyUsd),
            ["skipped"] = new JsonObject(r.Skipped.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
