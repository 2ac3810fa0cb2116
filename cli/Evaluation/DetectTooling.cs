using Alerts.Detect;
using Alerts.Detect.Evaluation;
using Alerts.Stories;

namespace Alerts.Cli.Evaluation;

/// <summary>What classify, eval and bench share: the default detector, a fresh story index, input checks.</summary>
internal static class DetectTooling
{
    public static string DefaultGold => Path.Combine(RepoPaths.Root, "..", "shared", "data", "dev-items.jsonl");

    /// <summary>A fresh in-memory story index per run: story ids are assigned over the file as one stream.</summary>
    public static IStoryClusterer NewStoryClusterer() => new StoryClusterer(new InMemoryStoryIndex());

    public static Task<List<PredictionLine>> ClassifyAsync(IReadOnlyList<LabelledItem> items, CancellationToken ct) =>
        new BatchClassifier(Detector.CreateDefault(), NewStoryClusterer()).ClassifyAsync(items, ct);

    /// <summary>Reads a labelled or unlabelled set, or explains on stderr why not.</summary>
    public static List<LabelledItem>? ReadItems(string path)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"no such file: {path}");
            return null;
        }
        try
        {
            var items = Jsonl.Read<LabelledItem>(path);
            var missing = items.FindIndex(i => string.IsNullOrWhiteSpace(i.Id));
            if (missing >= 0)
            {
                Console.Error.WriteLine($"{path}: item {missing + 1} has no id");
                return null;
            }
            return items;
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine(e.Message);
            return null;
        }
    }
}
