using System.CommandLine;
using System.Text.Json;
using Alerts.Cli.Evaluation;
using Alerts.Detect.Evaluation;

namespace Alerts.Cli.Commands;

/// <summary>./alerts eval [--gold ITEMS.jsonl] [--pred PRED.jsonl] [--json]: detection quality figures.</summary>
public sealed class EvalCommand : ICliCommand
{
    public Command Build()
    {
        var gold = new Option<string?>("--gold") { Description = "labelled items (default: ../shared/data/dev-items.jsonl)" };
        var pred = new Option<string?>("--pred") { Description = "predictions from classify (default: classify the gold items now)" };
        var json = new Option<bool>("--json") { Description = "print the report as JSON" };
        var errors = new Option<int>("--errors") { Description = "how many errors to list", DefaultValueFactory = _ => 25 };
        var command = new Command("eval", "Score the detector against labelled items");
        command.Options.Add(gold);
        command.Options.Add(pred);
        command.Options.Add(json);
        command.Options.Add(errors);
        var explain = new Option<string?>("--explain") { Description = "print the cues and scores behind one item id and stop" };
        command.Options.Add(explain);
        var pairs = new Option<bool>("--pairs") { Description = "also list the wrong story pairs (merged events, split events)" };
        command.Options.Add(pairs);
        command.SetAction(async (parse, ct) =>
        {
            var goldPath = parse.GetValue(gold);
            if (goldPath == null)
            {
                goldPath = DetectTooling.DefaultGold;
                if (!File.Exists(goldPath))
                {
                    Console.WriteLine($"no --gold given and {goldPath} is absent: nothing to evaluate");
                    return 0;
                }
            }
            var items = DetectTooling.ReadItems(goldPath);
            if (items == null) return 2;
            if (parse.GetValue(explain) is { } id)
            {
                var target = items.Find(i => i.Id == id);
                if (target == null) { Console.Error.WriteLine($"no item {id} in {goldPath}"); return 2; }
                Console.Write(Alerts.Detect.Detector.CreateDefault().Explain(target.ToInput()));
                return 0;
            }
            List<PredictionLine> predictions;
            var predPath = parse.GetValue(pred);
            if (predPath != null)
            {
                if (!File.Exists(predPath)) { Console.Error.WriteLine($"no such file: {predPath}"); return 2; }
                try { predictions = Jsonl.Read<PredictionLine>(predPath); }
                catch (InvalidDataException e) { Console.Error.WriteLine(e.Message); return 2; }
            }
            else
            {
                predictions = await DetectTooling.ClassifyAsync(items, ct);
            }
            var report = Evaluator.Evaluate(items, predictions);
            Console.Write(parse.GetValue(json)
                ? JsonSerializer.Serialize(report, new JsonSerializerOptions(Jsonl.Options) { WriteIndented = true }) + Environment.NewLine
                : EvalPrinter.Format(report, parse.GetValue(errors)));
            if (parse.GetValue(pairs)) Console.Write(EvalPrinter.FormatPairs(Evaluator.WrongPairs(items, predictions)));
            return 0;
        });
        return command;
    }
}
