using Alerts.Detect;
using Alerts.Digest;

namespace Alerts.Cli.Render;

/// <summary>
/// A digest exercising every part of the layout: a story with three outlets, a sanctions package, an update,
/// and a hostile entry whose text and links try script, event-handler, javascript:, data: and CSS tricks.
/// </summary>
public static class SampleDigest
{
    public static DigestDocument Build(DateTimeOffset? end = null)
    {
        var windowEnd = end ?? new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero);
        var t = windowEnd.AddHours(-3);
        return new DigestDocument
        {
            SubscriberId = "sample",
            WindowStart = windowEnd.AddDays(-1),
            WindowEnd = windowEnd,
            TimeZone = "Europe/Berlin",
            UnsubscribeUrl = new Uri("https://alerts.example.org/api/subscriptions/unsubscribe?token=sample"),
            PreferencesUrl = new Uri("https://alerts.example.org/api/subscriptions/preferences?token=sample"),
            Stories =
            [
                new DigestStory
                {
                    StoryId = "by-us-talks",
                    Headline = "US envoy in Minsk for talks on freeing more political prisoners",
                    Topics = [Topic.PrisonerRelease],
                    ReleaseStage = ReleaseStage.Talks,
                    Countries = ["US", "BY"],
                    Evidence = ["talks on the release of political prisoners", "a further release could follow within weeks"],
                    Sources =
                    [
                        new DigestSource("Reuters", "https://www.reuters.com/world/europe/us-envoy-minsk-prisoner-talks/", "US envoy in Minsk for prisoner talks", t),
                        new DigestSource("Associated Press", "https://apnews.com/article/belarus-us-prisoners-talks", "Belarus and US discuss prisoner releases", t.AddMinutes(20)),
                        new DigestSource("Belsat", "https://belsat.eu/en/news/us-delegation-minsk-talks", "US delegation holds talks in Minsk", t.AddMinutes(45)),
                    ],
                    FirstSeen = t,
                    LastUpdated = t.AddMinutes(45),
                },
                new DigestStory
                {
                    StoryId = "eu-19th-package",
                    Headline = "EU adopts 19th sanctions package against Russia",
                    Topics = [Topic.Sanctions],
                    SanctionsAction = SanctionsAction.Imposed,
                    Countries = ["EU", "RU"],
                    Evidence = ["the Council adopted the 19th package of sanctions", "ban on imports of Russian liquefied natural gas"],
                    Sources =
                    [
                        new DigestSource("Council of the EU", "https://www.consilium.europa.eu/en/press/press-releases/19th-package/", "Russia: 19th package of sanctions adopted", t.AddHours(1)),
                        new DigestSource("Euronews", "https://www.euronews.com/my-europe/eu-19th-sanctions-package", "EU agrees new sanctions on Russia", t.AddHours(1.5)),
                    ],
                    FirstSeen = t.AddHours(1),
                    LastUpdated = t.AddHours(1.5),
                },
                new DigestStory
                {
                    StoryId = "by-release-52",
                    Headline = "Belarus frees 52 prisoners, including foreign nationals",
                    Topics = [Topic.PrisonerRelease],
                    ReleaseStage = ReleaseStage.Confirmed,
                    Countries = ["BY", "LT", "PL"],
                    ReleasedCount = 52,
                    IsUpdate = true,
                    Evidence = ["52 prisoners were released", "crossed into Lithuania"],
                    Sources =
                    [
                        new DigestSource("LRT", "https://www.lrt.lt/en/news-in-english/belarus-frees-52", "Belarus frees 52 prisoners", t.AddHours(2)),
                        new DigestSource("Notes from Poland", "https://notesfrompoland.com/belarus-releases-prisoners", "Poles among prisoners freed by Belarus", t.AddHours(2.2)),
                    ],
                    FirstSeen = t.AddHours(-20),
                    LastUpdated = t.AddHours(2.2),
                },
                new DigestStory
                {
                    StoryId = "hostile",
                    Headline = "<script>alert('x')</script>Prisoner swap <img src=x onerror=alert(1)> \" onmouseover=\"alert(2)",
                    Topics = [Topic.PrisonerRelease],
                    ReleaseStage = "<b>confirmed</b>",
                    Countries = ["XX\"><script>", "DE"],
                    Evidence = ["<style>body{background:url(javascript:alert(3))}</style>", "width:expression(alert(4))"],
                    Sources =
                    [
                        new DigestSource("<i>Evil</i> Outlet", "javascript:alert(5)", "click", t),
                        new DigestSource("Data Outlet", "data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==", "data", t),
                        new DigestSource("Spaced Outlet", " java\tscript:alert(7)", "tab", t),
                        new DigestSource("Quote \" Outlet", "https://example.org/a?b=\"><script>alert(8)</script>", "quote", t),
                    ],
                    FirstSeen = t,
                    LastUpdated = t,
                },
            ],
        };
    }
}
