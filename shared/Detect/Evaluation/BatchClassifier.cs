using Alerts.Stories;

namespace Alerts.Detect.Evaluation;

/// <summary>
/// Classifies a whole file and assigns story ids as a stream in published order (ties by input order),
/// the way the pipeline sees items arrive. Output keeps the input order.
/// </summary>
public sealed class BatchClassifier(IDetector detector, IStoryClusterer? stories)
{
    public async Task<List<PredictionLine>> ClassifyAsync(IReadOnlyList<LabelledItem> items, CancellationToken ct = default)
    {
        var results = new PredictionLine[items.Count];
        var order = Enumerable.Range(0, items.Count)
            .OrderBy(i => items[i].Published ?? "", StringComparer.Ordinal).ThenBy(i => i).ToList();
        foreach (var i in order)
        {
            var input = items[i].ToInput();
            var detection = detector.Detect(input);
            string? storyId = null;
            if (detection.Flagged && stories != null)
            {
                storyId = (await stories.AssignAsync(input, detection, ct)).StoryId;
            }
            results[i] = new PredictionLine
            {
                Id = items[i].Id,
                Topics = detection.Topics.ToList(),
                ReleaseStage = detection.ReleaseStage,
                SanctionsAction = detection.SanctionsAction,
                Countries = detection.Countries.ToList(),
                ReleasedCount = detection.ReleasedCount,
                StoryId = storyId,
                Evidence = detection.Evidence.ToList(),
                Confidence = detection.Confidence,
            };
        }
        return results.ToList();
    }
}
