using Alerts.Detect;
using Alerts.Stories;

namespace Alerts.Tests.Detect;

/// <summary>
/// The five seed articles about the 2025 US–Belarus prisoner talks (../shared/seeds, read only, never copied): four
/// report the negotiation, even where early paragraphs recall earlier releases; 002 reports the release of 123. The
/// talks form one event and the release a later event of the same thread. Without ../shared there is nothing to check.
/// </summary>
public sealed class SeedArticleTests
{
    private static readonly string SeedDir = Path.Combine(Alerts.Cli.RepoPaths.Root, "..", "shared", "seeds");

    public static TheoryData<string, string> ExpectedStages => new()
    {
        { "000", ReleaseStage.Talks },
        { "001", ReleaseStage.Talks },
        { "002", ReleaseStage.Confirmed },
        { "003", ReleaseStage.Talks },
        { "004", ReleaseStage.Talks },
    };

    private static string? Seed(string prefix) =>
        Directory.Exists(SeedDir) ? Directory.GetFiles(SeedDir, prefix + "_*.txt").SingleOrDefault() is { } path ? File.ReadAllText(path) : null : null;

    /// <summary>As a feed item: the first line as the title, the rest as the text.</summary>
    private static DetectInput WithTitle(string id, string text, DateTimeOffset published)
    {
        var lines = text.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        return new DetectInput
        {
            Id = id, Title = lines[first].Trim(), Summary = string.Join('\n', lines.Skip(first + 1)).Trim(), Published = published,
        };
    }

    [Theory]
    [MemberData(nameof(ExpectedStages))]
    public void Each_seed_reads_as_its_news_stage_with_or_without_a_title(string prefix, string stage)
    {
        if (Seed(prefix) is not { } text) return;
        var detector = Detector.CreateDefault();
        var titled = detector.Detect(WithTitle(prefix, text, DateTimeOffset.UnixEpoch));
        var untitled = detector.Detect(new DetectInput { Id = prefix, Title = "", Summary = text });
        Assert.Contains(Topic.PrisonerRelease, titled.Topics);
        Assert.Equal(stage, titled.ReleaseStage);
        Assert.Contains(Topic.PrisonerRelease, untitled.Topics);
        Assert.Equal(stage, untitled.ReleaseStage);
    }

    [Fact]
    public async Task The_talks_are_one_event_and_the_release_a_later_event_of_the_same_thread()
    {
        string[] talks = ["000", "001", "003", "004"];
        if (talks.Append("002").Any(p => Seed(p) is null)) return;
        var detector = Detector.CreateDefault();
        var clusterer = new StoryClusterer(new InMemoryStoryIndex());
        var assigned = new Dictionary<string, StoryAssignment>();
        var reported = new DateTimeOffset(2025, 11, 26, 12, 0, 0, TimeSpan.Zero);
        foreach (var (prefix, at) in talks.Select(p => (p, reported)).Append(("002", reported.AddDays(17))))
        {
            var input = WithTitle(prefix, Seed(prefix)!, at);
            assigned[prefix] = await clusterer.AssignAsync(input, detector.Detect(input));
        }
        Assert.Single(talks.Select(p => assigned[p].StoryId).Distinct());
        Assert.NotEqual(assigned["000"].StoryId, assigned["002"].StoryId);
        Assert.Equal(assigned["000"].ThreadId, assigned["002"].ThreadId);
        Assert.Equal(StoryChange.Update, assigned["002"].Change);
    }
}
