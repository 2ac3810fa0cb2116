using System.Globalization;
using System.Text;

namespace Alerts.Detect.Evaluation;

/// <summary>The human-readable eval report.</summary>
public static class EvalPrinter
{
    public static string Format(EvalReport r, int maxErrors = 25)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Inv($"items: {r.Items}"));
        sb.AppendLine("topic              precision  recall   f1     (tp/fp/fn)");
        foreach (var (topic, pr) in r.PerTopic) sb.AppendLine(Row(topic, pr));
        sb.AppendLine(Row("micro", r.TopicMicro));
        sb.AppendLine(Row("non-English micro", r.NonEnglishTopicMicro));
        foreach (var (lang, pr) in r.TopicMicroByLang) sb.AppendLine(Row("  lang " + lang, pr));
        sb.AppendLine(Inv($"hard-negative false positives: {r.HardNegativeFalsePositives.Hits}/{r.HardNegativeFalsePositives.Total} = {r.HardNegativeFalsePositives.Value:P1}"));
        sb.AppendLine(Inv($"stage accuracy:  {r.StageAccuracy.Hits}/{r.StageAccuracy.Total} = {r.StageAccuracy.Value:F3}"));
        sb.AppendLine(Inv($"action accuracy: {r.ActionAccuracy.Hits}/{r.ActionAccuracy.Total} = {r.ActionAccuracy.Value:F3}"));
        sb.AppendLine(Row("country micro", r.CountryMicro));
        sb.AppendLine(Inv($"count accuracy:  {r.CountAccuracy.Hits}/{r.CountAccuracy.Total} = {r.CountAccuracy.Value:F3}"));
        sb.AppendLine(Row("story pairs", r.StoryPairs));
        if (r.Errors.Count > 0)
        {
            sb.AppendLine(Inv($"errors ({r.Errors.Count}, first {Math.Min(maxErrors, r.Errors.Count)}):"));
            foreach (var e in r.Errors.Take(maxErrors))
                sb.AppendLine(Inv($"  {e.Id} [{e.Lang}] {e.Kind}: gold={e.Gold} pred={e.Predicted} | {Clip(e.Title)}"));
        }
        return sb.ToString();
    }

    /// <summary>One block per wrong story pair: the two gold events, then each item's date, language, prediction and title.</summary>
    public static string FormatPairs(IReadOnlyList<StoryPairError> pairs)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Inv($"wrong story pairs: {pairs.Count}"));
        foreach (var pair in pairs)
        {
            sb.AppendLine(Inv($"{pair.Kind}: {pair.A.EventId} | {pair.B.EventId}"));
            foreach (var (item, p) in new[] { (pair.A, pair.PredictedA), (pair.B, pair.PredictedB) })
                sb.AppendLine(Inv($"    {item.Id} {item.Published} [{item.Lang}] stage={p.ReleaseStage ?? "-"} action={p.SanctionsAction ?? "-"} count={p.ReleasedCount?.ToString(CultureInfo.InvariantCulture) ?? "-"} story={p.StoryId} | {Clip(item.Title)}"));
        }
        return sb.ToString();
    }

    private static string Row(string name, PrecisionRecall pr) =>
        Inv($"{name,-18} {pr.Precision,9:F3}  {pr.Recall,6:F3}  {pr.F1,5:F3}  ({pr.TruePositives}/{pr.FalsePositives}/{pr.FalseNegatives})");

    private static string Clip(string s) => s.Length <= 90 ? s : s[..87] + "...";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
