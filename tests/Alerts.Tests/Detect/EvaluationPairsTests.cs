using Alerts.Detect;
using Alerts.Detect.Evaluation;

namespace Alerts.Tests.Detect;

/// <summary>eval --pairs: the wrong story pairs behind the pair score, named as merges and splits.</summary>
public class EvaluationPairsTests
{
    private static LabelledItem Gold(string id, string ev) => new() { Id = id, Lang = "en", Title = "title " + id, Topics = [Topic.PrisonerRelease], EventId = ev };

    private static PredictionLine Pred(string id, string? story, bool flagged = true) =>
        new() { Id = id, Topics = flagged ? [Topic.PrisonerRelease] : [], StoryId = story, ReleaseStage = ReleaseStage.Talks };

    [Fact]
    public void Lists_merged_events_and_split_events_among_flagged_items()
    {
        var gold = new[] { Gold("a", "E1"), Gold("b", "E1"), Gold("c", "E2"), Gold("d", "E2") };
        // a and c share a story across events (merge); a and b are one event in two stories (split); d is not flagged.
        var pred = new[] { Pred("a", "s1"), Pred("b", "s2"), Pred("c", "s1"), Pred("d", "s3", flagged: false) };

        var wrong = Evaluator.WrongPairs(gold, pred);

        Assert.Equal(2, wrong.Count);
        Assert.Contains(wrong, w => w.Kind == "split" && w.A.Id == "a" && w.B.Id == "b");
        Assert.Contains(wrong, w => w.Kind == "merge" && w.A.Id == "a" && w.B.Id == "c");
        Assert.DoesNotContain(wrong, w => w.A.Id == "d" || w.B.Id == "d");
        var score = Evaluator.PairScore(pred.Where(p => p.Topics.Count > 0).Select(p => (gold.First(g => g.Id == p.Id).EventId!, p.StoryId)).ToList());
        Assert.Equal(wrong.Count(w => w.Kind == "merge"), score.FalsePositives);
        Assert.Equal(wrong.Count(w => w.Kind == "split"), score.FalseNegatives);

        var text = EvalPrinter.FormatPairs(wrong);
        Assert.Contains("wrong story pairs: 2", text);
        Assert.Contains("merge: E1 | E2", text);
        Assert.Contains("stage=talks", text);
    }
}
