using Alerts.Cli.Evaluation;
using Alerts.Detect;
using Alerts.Extract;

namespace Alerts.Cli.Bench;

/// <summary>Detector throughput on one thread: on title+summary (what every feed item gets) and on full article text.</summary>
public static class DetectBench
{
    public sealed record Result(Measurement Short, Measurement Article, string Source);

    public static Result? Run(BenchSettings settings)
    {
        var path = File.Exists(DetectTooling.DefaultGold) ? DetectTooling.DefaultGold : Path.Combine(RepoPaths.Root, "data", "labelled", "train.jsonl");
        if (!File.Exists(path)) return null;
        var items = DetectTooling.ReadItems(path);
        if (items is not { Count: > 0 }) return null;
        var shortInputs = items.Select(i => i.ToInput()).ToList();
        var extractor = new ArticleExtractor();
        var articleInputs = BenchCorpus.Pages(settings.Quick).Select((p, i) =>
        {
            var article = extractor.Extract(p.Text);
            // The detector reads title and summary (it ignores Content), so the article text goes in as the summary.
            return new DetectInput { Id = "page-" + i, Lang = "en", Title = article.Title ?? "", Summary = article.Text };
        }).ToList();
        var detector = Detector.CreateDefault();
        return new Result(
            Measure.Passes("title+summary", shortInputs, i => i.Title.Length + (i.Summary?.Length ?? 0), i => detector.Detect(i).Flagged ? 1 : 1, settings),
            Measure.Passes("full article", articleInputs, i => i.Title.Length + (i.Summary?.Length ?? 0), i => detector.Detect(i).Flagged ? 1 : 1, settings),
            path);
    }
}
