namespace Alerts.Detect.Evaluation;

public sealed record PrecisionRecall(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    public static readonly PrecisionRecall Zero = new(0, 0, 0);
}

public sealed record Ratio(int Hits, int Total)
{
    public double Value => Total == 0 ? 1 : (double)Hits / Total;
}

public sealed record EvalError(string Id, string Lang, string Kind, string Gold, string Predicted, string Title);

/// <summary>Every figure eval prints; serialised as-is for --json.</summary>
public sealed record EvalReport
{
    public int Items { get; init; }
    public Dictionary<string, PrecisionRecall> PerTopic { get; init; } = [];
    public PrecisionRecall TopicMicro { get; init; } = PrecisionRecall.Zero;
    public PrecisionRecall NonEnglishTopicMicro { get; init; } = PrecisionRecall.Zero;
    public Dictionary<string, PrecisionRecall> TopicMicroByLang { get; init; } = [];
    public Ratio HardNegativeFalsePositives { get; init; } = new(0, 0);
    public Ratio StageAccuracy { get; init; } = new(0, 0);
    public Ratio ActionAccuracy { get; init; } = new(0, 0);
    public PrecisionRecall CountryMicro { get; init; } = PrecisionRecall.Zero;
    public Ratio CountAccuracy { get; init; } = new(0, 0);
    public PrecisionRecall StoryPairs { get; init; } = PrecisionRecall.Zero;
    public List<EvalError> Errors { get; init; } = [];
}
