using System.Diagnostics;
using System.Globalization;
using Alerts.Detect;
using Alerts.Stories;

namespace Alerts.Cli.Commands;

/// <summary>
/// Story pair F1 against gold event ids: items are clustered as a stream in published order, with gold topics, stage
/// and action standing in for the detector and our own country and count extractors. Also reports clustering speed.
/// </summary>
internal static class StoryScores
{
    public static async Task PrintAsync(IReadOnlyList<LabelledItem> items, bool errors, bool sweep, CancellationToken ct)
    {
        var ordered = items.OrderBy(i => i.Published, StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
        var builder = new StorySignatureBuilder();
        if (sweep)
        {
            foreach (var eventThreshold in new[] { 0.30, 0.34, 0.38, 0.42, 0.46, 0.50 })
            {
                var options = new StoryOptions { EventThreshold = eventThreshold };
                var predicted = await AssignAllAsync(ordered, builder, options, ct);
                Console.WriteLine($"  event threshold {eventThreshold:F2}: pair F1 {PairF1(ordered, predicted, _ => true).F1:F3}");
            }
        }
        var assignments = await AssignAllAsync(ordered, builder, new StoryOptions(), ct);
        var all = PairF1(ordered, assignments, _ => true);
        var flagged = PairF1(ordered, assignments, i => i.Topics.Length > 0);
        Console.WriteLine($"stories: pair P {all.Precision:F3} R {all.Recall:F3} F1 {all.F1:F3} (all {ordered.Count} items); flagged only F1 {flagged.F1:F3}");
        var changes = assignments.Values.GroupBy(a => a.Change).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"stories: {assignments.Values.Select(a => a.StoryId).Distinct().Count()} events, {assignments.Values.Select(a => a.ThreadId).Distinct().Count()} threads ({string.Join(", ", changes)})");
        if (errors) PrintErrors(ordered, assignments);
        await PrintSpeedAsync(ordered, builder, ct);
    }

    private static async Task<Dictionary<string, StoryAssignment>> AssignAllAsync(List<LabelledItem> ordered, StorySignatureBuilder builder, StoryOptions options, CancellationToken ct)
    {
        var clusterer = new StoryClusterer(new InMemoryStoryIndex(), builder, options);
        var result = new Dictionary<string, StoryAssignment>(StringComparer.Ordinal);
        foreach (var item in ordered)
        {
            var (input, detection) = ToInput(item, item.Id, TimeSpan.Zero);
            result[item.Id] = await clusterer.AssignAsync(input, detection, ct);
        }
        return result;
    }

    private static (DetectInput, Detection) ToInput(LabelledItem item, string id, TimeSpan shift)
    {
        var published = DateTimeOffset.ParseExact(item.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) + shift;
        var input = new DetectInput { Id = id, Lang = item.Lang, Title = item.Title, Summary = item.Summary, Published = published };
        var detection = new Detection { Topics = item.Topics, ReleaseStage = item.ReleaseStage, SanctionsAction = item.SanctionsAction, Lang = item.Lang };
        return (input, detection);
    }

    private static (double Precision, double Recall, double F1) PairF1(List<LabelledItem> items, Dictionary<string, StoryAssignment> predicted, Func<LabelledItem, bool> include)
    {
        var scored = items.Where(include).ToList();
        long tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < scored.Count; i++)
        {
            for (var j = i + 1; j < scored.Count; j++)
            {
                var gold = scored[i].EventId == scored[j].EventId;
                var same = predicted[scored[i].Id].StoryId == predicted[scored[j].Id].StoryId;
                if (gold && same) tp++;
                else if (same) fp++;
                else if (gold) fn++;
            }
        }
        var p = tp / (double)Math.Max(1, tp + fp);
        var r = tp / (double)Math.Max(1, tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static void PrintErrors(List<LabelledItem> items, Dictionary<string, StoryAssignment> predicted)
    {
        foreach (var group in items.GroupBy(i => predicted[i.Id].StoryId).Where(g => g.Select(i => i.EventId).Distinct().Count() > 1))
        {
            Console.WriteLine($"  merged: {string.Join(" ", group.Select(i => $"{i.Id}={i.EventId}"))}");
        }
        foreach (var group in items.GroupBy(i => i.EventId).Where(g => g.Select(i => predicted[i.Id].StoryId).Distinct().Count() > 1))
        {
            Console.WriteLine($"  split {group.Key}: {string.Join(" ", group.Select(i => $"{i.Id}@{predicted[i.Id].Similarity:F2}"))}");
        }
    }

    /// <summary>Items per second through signature building and clustering, on the set replayed 20 times, 90 days apart.</summary>
    private static async Task PrintSpeedAsync(List<LabelledItem> ordered, StorySignatureBuilder builder, CancellationToken ct)
    {
        var clusterer = new StoryClusterer(new InMemoryStoryIndex(), builder);
        var stopwatch = Stopwatch.StartNew();
        var n = 0;
        for (var copy = 0; copy < 20; copy++)
        {
            foreach (var item in ordered)
            {
                var (input, detection) = ToInput(item, $"{item.Id}#{copy}", TimeSpan.FromDays(900 * copy));
                await clusterer.AssignAsync(input, detection, ct);
                n++;
            }
        }
        Console.WriteLine($"stories: {n / stopwatch.Elapsed.TotalSeconds:F0} items/s (in-memory index, {n} items)");
    }
}
