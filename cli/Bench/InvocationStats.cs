using System.Globalization;
using System.Text.Json;
using Alerts.Cli.Runner;

namespace Alerts.Cli.Bench;

/// <summary>Percentiles of one set of durations, in milliseconds.</summary>
public sealed record Spread(int Count, double P50, double P99, double SumMs)
{
    public static Spread Of(IReadOnlyList<double> values) => new(values.Count, Measure.Percentile(values, 0.5), Measure.Percentile(values, 0.99), values.Sum());
}

/// <summary>
/// Collects the runners' invocation records during a benchmark run. What the figures mean:
/// per stage, the duration of each invocation as the host measures it (request to the handler until its reply);
/// per item, fetch→stored: from the moment FetchFeed fetched the item's feed (the message's FetchedAt) until the
/// AnalyzeItem invocation that analysed and stored it returned, so queueing behind other items is included.
/// </summary>
public sealed class InvocationStats
{
    private readonly List<InvocationRecord> _records = [];

    public void Add(InvocationRecord record)
    {
        lock (_records) _records.Add(record);
    }

    /// <summary>The records added since <paramref name="mark"/> (a count from <see cref="Mark"/>).</summary>
    public IReadOnlyList<InvocationRecord> Since(int mark)
    {
        lock (_records) return _records.Skip(mark).ToList();
    }

    public int Mark()
    {
        lock (_records) return _records.Count;
    }

    public static IReadOnlyDictionary<string, Spread> ByStage(IReadOnlyList<InvocationRecord> records) =>
        records.GroupBy(r => r.Function).ToDictionary(g => g.Key, g => Spread.Of(g.Select(r => r.DurationMs).ToList()));

    public static int Failed(IReadOnlyList<InvocationRecord> records) => records.Count(r => !r.Succeeded);

    /// <summary>Fetch→stored per analysed item (see the class summary); every item of a batch message counts.</summary>
    public static Spread ItemLatency(IReadOnlyList<InvocationRecord> records)
    {
        var latencies = new List<double>();
        foreach (var r in records.Where(r => r.Function == "AnalyzeItem" && r.Succeeded))
        {
            foreach (var fetched in FetchedAt(r)) latencies.Add((r.Started - fetched).TotalMilliseconds + r.DurationMs);
        }
        return Spread.Of(latencies);
    }

    /// <summary>The FetchedAt of each item the message carried: one bare item, or the items of a batch.</summary>
    private static List<DateTimeOffset> FetchedAt(InvocationRecord record)
    {
        var found = new List<DateTimeOffset>();
        var text = record.Data.FirstOrDefault().Value?.GetValue<string>();
        if (text is null) return found;
        try
        {
            using var doc = JsonDocument.Parse(text);
            var items = doc.RootElement.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().ToList()
                : [doc.RootElement];
            foreach (var item in items)
            {
                if (item.TryGetProperty("fetchedAt", out var v) && DateTimeOffset.TryParse(v.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
                {
                    found.Add(at);
                }
            }
        }
        catch (JsonException)
        {
        }
        return found;
    }

    /// <summary>
    /// Seconds during which at least one invocation was running: what Flex Consumption bills on demand (an instance's
    /// active time, concurrent executions counted once), each active period rounded up to the 1 s minimum and then to
    /// 100 ms. Invocations less than the 1 s minimum apart count as one period, idle gap included: billing the gap costs
    /// less than another minimum, and how the platform meters milliseconds of idleness is not published.
    /// </summary>
    public static double BilledActiveSeconds(IReadOnlyList<InvocationRecord> records)
    {
        var intervals = records.Select(r => (Start: r.Started, End: r.Started.AddMilliseconds(r.DurationMs))).OrderBy(i => i.Start).ToList();
        double billed = 0;
        var i = 0;
        while (i < intervals.Count)
        {
            var (start, end) = intervals[i++];
            while (i < intervals.Count && intervals[i].Start <= end + MinimumPeriod)
            {
                if (intervals[i].End > end) end = intervals[i].End;
                i++;
            }
            billed += BilledPeriod((end - start).TotalSeconds);
        }
        return billed;
    }

    private static readonly TimeSpan MinimumPeriod = TimeSpan.FromSeconds(1);

    public static double BilledPeriod(double seconds) => Math.Max(MinimumPeriod.TotalSeconds, Math.Ceiling(seconds * 10 - 1e-9) / 10);
}
