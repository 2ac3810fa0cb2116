using System.Text.Json;
using Alerts.Cli.Commands;
using Alerts.Detect;
using Alerts.Detect.Evaluation;
using Alerts.Stories;
using Moq;
using LabelledItem = Alerts.Detect.Evaluation.LabelledItem;

namespace Alerts.Tests.Detect;

public class EvaluationTests
{
    private static LabelledItem Gold(string id, string lang, string[] topics, string? stage = null, string? action = null,
        string? ev = null, bool hardNegative = false, string[]? countries = null, int? count = null) => new()
    {
        Id = id, Lang = lang, Title = id, Topics = topics.ToList(), ReleaseStage = stage, SanctionsAction = action,
        EventId = ev ?? id, HardNegative = hardNegative, Countries = (countries ?? []).ToList(), ReleasedCount = count,
    };

    private static PredictionLine Pred(string id, string[] topics, string? stage = null, string? action = null, string? story = null,
        string[]? countries = null, int? count = null) => new()
    {
        Id = id, Topics = topics.ToList(), ReleaseStage = stage, SanctionsAction = action, StoryId = story,
        Countries = (countries ?? []).ToList(), ReleasedCount = count,
    };

    [Fact]
    public void Metrics_match_hand_computed_figures()
    {
        const string pr = Topic.PrisonerRelease, s = Topic.Sanctions;
        var gold = new[]
        {
            Gold("a", "en", [pr], stage: "confirmed", ev: "E1", countries: ["US", "RU"], count: 2),
            Gold("b", "ru", [pr], stage: "talks", ev: "E1", countries: ["RU"]),
            Gold("c", "de", [s], action: "imposed", ev: "E2", countries: ["EU"]),
            Gold("d", "en", [], hardNegative: true),
            Gold("e", "fr", [pr, s], stage: "talks", action: "eased", ev: "E3"),
        };
        var pred = new[]
        {
            Pred("a", [pr], stage: "confirmed", story: "s1", countries: ["US"], count: 2),
            Pred("b", [pr], stage: "confirmed", story: "s1", countries: ["RU", "UA"], count: 7),
            Pred("c", [], story: null),
            Pred("d", [s], action: "imposed", story: "s2"),
            Pred("e", [pr, s], stage: "talks", action: "discussed", story: "s2"),
        };
        var r = Evaluator.Evaluate(gold, pred);

        // prisoner_release: tp a,b,e = 3, fp 0, fn 0. sanctions: tp e = 1, fp d = 1, fn c = 1.
        Assert.Equal(new PrecisionRecall(3, 0, 0), r.PerTopic[pr]);
        Assert.Equal(new PrecisionRecall(1, 1, 1), r.PerTopic[s]);
        Assert.Equal(new PrecisionRecall(4, 1, 1), r.TopicMicro);
        Assert.Equal(0.8, r.TopicMicro.F1, 6);
        // Non-English: b (tp), c (fn), e (2 tp).
        Assert.Equal(new PrecisionRecall(3, 0, 1), r.NonEnglishTopicMicro);
        Assert.Equal(new Ratio(1, 1), r.HardNegativeFalsePositives);
        Assert.Equal(new Ratio(2, 3), r.StageAccuracy);
        Assert.Equal(new Ratio(0, 1), r.ActionAccuracy);
        // Countries on items both flag (a, b, e): a tp1 fn1; b tp1 fp1; e nothing.
        Assert.Equal(new PrecisionRecall(2, 1, 1), r.CountryMicro);
        Assert.Equal(new Ratio(2, 3), r.CountAccuracy);
        // Flagged by prediction: a,b (E1,s1) d (d,s2) e (E3,s2): pairs ab tp, de fp.
        Assert.Equal(new PrecisionRecall(1, 1, 0), r.StoryPairs);
        Assert.Contains(r.Errors, e => e.Id == "c" && e.Kind == "topics");
        Assert.Contains(r.Errors, e => e.Id == "e" && e.Kind == "action");
    }

    [Fact]
    public void Empty_sets_do_not_divide_by_zero()
    {
        var r = Evaluator.Evaluate([], []);
        Assert.Equal(0, r.Items);
        Assert.Equal(1, r.HardNegativeFalsePositives.Value);
        Assert.Equal(0, r.StoryPairs.TruePositives);
    }

    [Fact]
    public async Task Classify_writes_the_documented_schema_and_assigns_stories_in_published_order()
    {
        var order = new List<string>();
        var stories = new Mock<IStoryClusterer>();
        stories.Setup(s => s.AssignAsync(It.IsAny<DetectInput>(), It.IsAny<Detection>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((DetectInput i, Detection _, CancellationToken _) =>
            {
                order.Add(i.Id);
                return new StoryAssignment { StoryId = "story-" + order.Count, Change = StoryChange.New };
            });
        var items = new List<LabelledItem>
        {
            new() { Id = "late", Lang = "en", Title = "Hamas frees two hostages", Summary = "They were handed to the Red Cross.", Published = "2025-02-02" },
            new() { Id = "quiet", Lang = "en", Title = "Storm hits coast", Summary = "Power cuts.", Published = "2025-01-01" },
            new() { Id = "early", Lang = "en", Title = "EU adopts sanctions on Iran", Summary = "Assets frozen.", Published = "2025-01-05", Topics = ["ignored"] },
        };
        var lines = await new BatchClassifier(Detector.CreateDefault(), stories.Object).ClassifyAsync(items);
        Assert.Equal(["early", "late"], order);
        Assert.Equal(["late", "quiet", "early"], lines.Select(l => l.Id));

        var path = Path.Combine(Path.GetTempPath(), $"pred-{Guid.NewGuid():N}.jsonl");
        try
        {
            Jsonl.Write(path, lines);
            var first = JsonDocument.Parse(File.ReadLines(path).First()).RootElement;
            Assert.Equal(
                ["confidence", "countries", "evidence", "id", "release_stage", "released_count", "sanctions_action", "story_id", "topics"],
                first.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal("story-2", first.GetProperty("story_id").GetString());
            Assert.Equal("confirmed", first.GetProperty("release_stage").GetString());
            var quiet = JsonDocument.Parse(File.ReadLines(path).Skip(1).First()).RootElement;
            Assert.Equal(JsonValueKind.Null, quiet.GetProperty("story_id").ValueKind);
            Assert.Equal(0, quiet.GetProperty("topics").GetArrayLength());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Classify_command_reads_and_writes_files_and_rejects_bad_input()
    {
        var dir = Directory.CreateTempSubdirectory("classify").FullName;
        try
        {
            var input = Path.Combine(dir, "in.jsonl");
            var output = Path.Combine(dir, "out.jsonl");
            await File.WriteAllTextAsync(input,
                "{\"id\":\"x1\",\"lang\":\"de\",\"title\":\"EU beschließt neues Sanktionspaket\",\"summary\":\"Vermögen werden eingefroren.\",\"published\":\"2025-01-01\"}\n");
            var code = await new ClassifyCommand().Build().Parse(["--in", input, "--out", output]).InvokeAsync();
            Assert.Equal(0, code);
            var line = JsonDocument.Parse(File.ReadLines(output).Single()).RootElement;
            Assert.Equal("x1", line.GetProperty("id").GetString());
            Assert.Equal("sanctions", line.GetProperty("topics")[0].GetString());

            await File.WriteAllTextAsync(input, "{not json\n");
            Assert.Equal(2, await new ClassifyCommand().Build().Parse(["--in", input, "--out", output]).InvokeAsync());
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
