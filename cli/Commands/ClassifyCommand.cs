using System.CommandLine;
using Alerts.Cli.Evaluation;
using Alerts.Detect.Evaluation;

namespace Alerts.Cli.Commands;

/// <summary>./alerts classify --in ITEMS.jsonl --out PRED.jsonl: topics, stage, action, countries, counts, stories.</summary>
public sealed class ClassifyCommand : ICliCommand
{
    public Command Build()
    {
        var input = new Option<string>("--in") { Description = "items in the dev-set schema (JSON Lines); labels are ignored", Required = true };
        var output = new Option<string>("--out") { Description = "where to write one prediction per line", Required = true };
        var command = new Command("classify", "Flag prisoner-release and sanctions items and group them into stories");
        command.Options.Add(input);
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            var items = DetectTooling.ReadItems(parse.GetValue(input)!);
            if (items == null) return 2;
            var predictions = await DetectTooling.ClassifyAsync(items, ct);
            var path = parse.GetValue(output)!;
            Jsonl.Write(path, predictions);
            Console.WriteLine($"{predictions.Count} items, {predictions.Count(p => p.Topics.Count > 0)} flagged -> {path}");
            return 0;
        });
        return command;
    }
}
