using Alerts.Detect;

namespace Alerts.Cli.Commands;

/// <summary>Country micro F1 and released-count accuracy against gold labels.</summary>
internal static class EntityScores
{
    public static void PrintCountries(IReadOnlyList<LabelledItem> items, ICountryExtractor extractor, bool errors)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var item in items)
        {
            var predicted = extractor.Extract(item.Text, item.Lang).ToHashSet(StringComparer.Ordinal);
            var gold = item.Countries.ToHashSet(StringComparer.Ordinal);
            tp += predicted.Count(gold.Contains);
            fp += predicted.Count(c => !gold.Contains(c));
            fn += gold.Count(c => !predicted.Contains(c));
            if (errors && !predicted.SetEquals(gold))
            {
                Console.WriteLine($"  country {item.Id}: +{string.Join(',', predicted.Except(gold))} -{string.Join(',', gold.Except(predicted))}  | {item.Title}");
            }
        }
        var precision = tp / (double)Math.Max(1, tp + fp);
        var recall = tp / (double)Math.Max(1, tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine($"countries: micro P {precision:F3} R {recall:F3} F1 {f1:F3} (tp {tp}, fp {fp}, fn {fn}, {items.Count} items)");
    }

    public static void PrintCounts(IReadOnlyList<LabelledItem> items, IReleasedCountExtractor extractor, bool errors)
    {
        var scored = items.Where(i => i.Topics.Contains(Topic.PrisonerRelease)).ToList();
        var right = 0;
        foreach (var item in scored)
        {
            var predicted = extractor.Extract(item.Text, item.Lang);
            if (predicted == item.ReleasedCount) right++;
            else if (errors) Console.WriteLine($"  count {item.Id}: got {Show(predicted)} want {Show(item.ReleasedCount)}  | {item.Title}");
        }
        Console.WriteLine($"released count: accuracy {right / (double)Math.Max(1, scored.Count):F3} ({right}/{scored.Count} prisoner_release items)");
    }

    /// <summary>Items per second of each extractor on the set's texts, after one warm-up pass (single thread).</summary>
    public static void PrintSpeed(IReadOnlyList<LabelledItem> items, ICountryExtractor countries, IReleasedCountExtractor counts)
    {
        const int rounds = 30;
        foreach (var (name, run) in new (string, Action<LabelledItem>)[]
                 {
                     ("countries", i => countries.Extract(i.Text, i.Lang)),
                     ("released count", i => counts.Extract(i.Text, i.Lang)),
                 })
        {
            foreach (var item in items) run(item);
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            for (var r = 0; r < rounds; r++) foreach (var item in items) run(item);
            Console.WriteLine($"{name}: {items.Count * rounds / stopwatch.Elapsed.TotalSeconds:F0} items/s (one thread, {Environment.ProcessorCount} cores, load {LoadAverage()})");
        }
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "unknown"; }
        catch (UnauthorizedAccessException) { return "unknown"; }
    }

    private static string Show(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
