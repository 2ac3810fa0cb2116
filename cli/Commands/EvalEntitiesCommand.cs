using System.CommandLine;
using System.Text.Json;
using Alerts.Detect;

namespace Alerts.Cli.Commands;

/// <summary>
/// ./alerts eval-entities --gold FILE: scores the country and released-count extractors (and story clustering) against
/// a labelled set, taking topics from the gold labels so the figures isolate these stages from topic detection.
/// </summary>
public sealed class EvalEntitiesCommand : ICliCommand
{
    public Command Build()
    {
        var gold = new Option<string?>("--gold") { Description = "Labelled JSONL (default: ../shared/data/dev-items.jsonl)" };
        var verbose = new Option<bool>("--errors") { Description = "Print every disagreement" };
        var sweep = new Option<bool>("--sweep") { Description = "Also print story pair F1 for a range of thresholds" };
        var command = new Command("eval-entities", "Country F1, released-count accuracy and story pair F1 on a labelled set");
        command.Options.Add(gold);
        command.Options.Add(verbose);
        command.Options.Add(sweep);
        command.SetAction(async (parseResult, ct) =>
        {
            var path = parseResult.GetValue(gold) ?? Path.Combine(RepoPaths.Root, "..", "shared", "data", "dev-items.jsonl");
            if (!File.Exists(path))
            {
                Console.WriteLine($"eval-entities: no labelled set at {path}; pass --gold FILE.");
                return 0;
            }
            var items = LabelledItem.ReadAll(path);
            var errors = parseResult.GetValue(verbose);
            EntityScores.PrintCountries(items, new CountryExtractor(), errors);
            EntityScores.PrintCounts(items, new ReleasedCountExtractor(), errors);
            EntityScores.PrintSpeed(items, new CountryExtractor(), new ReleasedCountExtractor());
            await StoryScores.PrintAsync(items, errors, parseResult.GetValue(sweep), ct);
            return 0;
        });
        return command;
    }
}

/// <summary>One line of a labelled set (see LABELING.md).</summary>
public sealed record LabelledItem(
    string Id, string Lang, string Title, string Summary, string Published, string[] Topics,
    string? ReleaseStage, string? SanctionsAction, string[] Countries, int? ReleasedCount, string EventId)
{
    public string Text => Title + "\n" + Summary;

    public static List<LabelledItem> ReadAll(string path)
    {
        var items = new List<LabelledItem>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            items.Add(new LabelledItem(
                r.GetProperty("id").GetString()!, r.GetProperty("lang").GetString()!,
                r.GetProperty("title").GetString() ?? "", r.GetProperty("summary").GetString() ?? "",
                r.GetProperty("published").GetString() ?? "",
                r.GetProperty("topics").EnumerateArray().Select(t => t.GetString()!).ToArray(),
                Str(r, "release_stage"), Str(r, "sanctions_action"),
                r.GetProperty("countries").EnumerateArray().Select(t => t.GetString()!).ToArray(),
                r.TryGetProperty("released_count", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : null,
                r.GetProperty("event_id").GetString()!));
        }
        return items;
    }

    private static string? Str(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
