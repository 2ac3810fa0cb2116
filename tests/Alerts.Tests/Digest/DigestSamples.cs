using Alerts.Detect;
using Alerts.Digest;

namespace Alerts.Tests.Digest;

internal static class DigestSamples
{
    public static DigestStory Story(string id, string headline, bool update = false, int sources = 1, int evidence = 1) => new()
    {
        StoryId = id,
        Headline = headline,
        Topics = [Topic.PrisonerRelease],
        ReleaseStage = ReleaseStage.Confirmed,
        Countries = ["BY"],
        IsUpdate = update,
        Evidence = Enumerable.Range(1, evidence).Select(i => $"phrase {i} of {id} that decided the story was flagged").ToList(),
        Sources = Enumerable.Range(1, sources).Select(i => new DigestSource($"Outlet {i}", $"https://news{i}.example.org/{id}/article-{i}", $"Title {i}", null)).ToList(),
    };

    public static DigestDocument Digest(params DigestStory[] stories) => new()
    {
        SubscriberId = "s1",
        WindowStart = new DateTimeOffset(2026, 11, 21, 7, 0, 0, TimeSpan.Zero),
        WindowEnd = new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero),
        TimeZone = "Europe/Berlin",
        UnsubscribeUrl = new Uri("https://alerts.example.org/api/subscriptions/unsubscribe?token=t1"),
        PreferencesUrl = new Uri("https://alerts.example.org/api/subscriptions/preferences?token=t2"),
        Stories = stories,
    };

    /// <summary>Feed text that tries every way into markup, script, style or a link.</summary>
    public static DigestStory Hostile() => new()
    {
        StoryId = "hostile",
        Headline = "<script>alert(1)</script><img src=x onerror=alert(2)>\" onmouseover=\"alert(3)",
        Topics = [Topic.Sanctions],
        SanctionsAction = "imposed\" style=\"x",
        Countries = ["\"><svg onload=alert(4)>", "RU"],
        Evidence = ["<style>*{background:url(javascript:alert(5))}</style>", "x{width:expression(alert(6))}", "<a href=\"javascript:alert(7)\">click</a>"],
        Sources =
        [
            new DigestSource("<b onclick=alert(8)>Outlet</b>", "javascript:alert(9)", "t", null),
            new DigestSource("Data", "data:text/html,<script>alert(10)</script>", "t", null),
            new DigestSource("Tab", "java\tscript:alert(11)", "t", null),
            new DigestSource("Vb", "vbscript:msgbox(12)", "t", null),
            new DigestSource("Relative", "/relative/path", "t", null),
            new DigestSource("Good \"quoted\" outlet", "https://good.example.org/a?q=\"><script>alert(13)</script>", "t", null),
        ],
    };
}
