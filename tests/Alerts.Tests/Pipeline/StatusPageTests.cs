using Alerts.Observability;
using Alerts.Pipeline;
using Alerts.Storage;
using HtmlAgilityPack;

namespace Alerts.Tests.Pipeline;

public class StatusPageTests
{
    private const string HostileName = "<script>alert('name')</script> & Co";
    private const string HostileError = "\"><img src=x onerror=alert(1)> <b>bad</b>";
    private const string HostileHeadline = "Talks </td></tr></table><iframe src=//evil.example>";

    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static StatusReport Report() => new()
    {
        GeneratedAt = Now,
        Health = new HealthReport
        {
            Status = "unhealthy", StorageReachable = true, CheckedAt = Now, Reasons = ["poison messages in items-poison (2)"],
            Queues = [new QueueDepth("items", 3, 2), new QueueDepth("deliveries", 0, 0)],
        },
        Feeds =
        [
            new FeedStatus { Id = "calm", Name = "Calm wire", LastSuccess = Now.AddMinutes(-5), NextDue = Now.AddMinutes(5), NewItems24h = 12 },
            new FeedStatus { Id = "hostile<id>", Name = HostileName, LastError = HostileError, LastStatus = 404, ConsecutiveFailures = 3, LastAttempt = Now, NextDue = Now.AddHours(1) },
        ],
        Stories = [new StoredStory { StoryId = "s1", Headline = HostileHeadline, Topics = ["sanctions"], SanctionsAction = "imposed", LastChanged = Now, SourceCount = 2, Version = 1 }],
        Deliveries = [new DeliveryStatus("digest:abc:1", LedgerState.Failed, Now, "550 <script>x</script>")],
    };

    private static HtmlDocument Parse(string html)
    {
        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        return doc;
    }

    [Fact]
    public void Hostile_names_errors_and_headlines_are_shown_as_text_not_markup()
    {
        var html = StatusPage.Render(Report());
        var doc = Parse(html);

        Assert.DoesNotContain(doc.DocumentNode.Descendants(), n => n.Name is "script" or "img" or "iframe" or "b");
        var cells = doc.DocumentNode.Descendants("td").Select(td => HtmlEntity.DeEntitize(td.InnerText)).ToList();
        Assert.Contains(HostileName, cells);
        Assert.Contains("hostile<id>", cells);
        Assert.Contains("HTTP 404: " + HostileError, cells);
        Assert.Contains(HostileHeadline, cells);
        Assert.Contains("550 <script>x</script>", cells);
        // Only our own tables: the hostile headline did not close one early.
        Assert.Equal(4, doc.DocumentNode.Descendants("table").Count());
    }

    [Fact]
    public void The_page_shows_status_queues_and_failing_feeds_marked()
    {
        var doc = Parse(StatusPage.Render(Report()));

        Assert.Equal("unhealthy", doc.DocumentNode.SelectSingleNode("//h1/span")!.InnerText);
        var failingRow = doc.DocumentNode.SelectNodes("//tr[@class='fail']")!.Select(r => HtmlEntity.DeEntitize(r.InnerText)).ToList();
        Assert.Contains(failingRow, r => r.Contains("hostile<id>") && r.Contains('3'));
        Assert.Contains(failingRow, r => r.Contains("items-poison"));
        Assert.DoesNotContain(failingRow, r => r.Contains("calm"));
        var calm = doc.DocumentNode.SelectNodes("//tr")!.Single(r => r.InnerText.Contains("Calm wire"));
        Assert.Equal("12", calm.SelectNodes("td")!.Last().InnerText);
        Assert.Contains("0 sent, 1 failed", doc.DocumentNode.InnerText);
    }

    [Fact]
    public void Addresses_inside_free_text_are_masked()
    {
        Assert.Equal("550 mailbox j***@example.org unavailable", Redact.EmailsIn("550 mailbox jane.doe@example.org unavailable"));
        Assert.Equal("to <a***@b.example>", Redact.EmailsIn("to <a.b@b.example>"));
        Assert.Equal("no address here", Redact.EmailsIn("no address here"));
    }
}
