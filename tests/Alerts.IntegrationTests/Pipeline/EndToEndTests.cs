using System.Text.Json;
using System.Text.Json.Nodes;
using Alerts.Cli.Demo;
using Alerts.Pipeline;
using Alerts.Storage;
using Alerts.Subscribers;
using Azure.Data.Tables;
using Xunit.Abstractions;

namespace Alerts.IntegrationTests.Pipeline;

/// <summary>
/// The main path on real parts: feeds served on loopback, Azurite queues and tables, the handler process
/// driven by the local runner, a digest in maildev (read back through its REST API) and a card at a webhook.
/// </summary>
public sealed class EndToEndTests(ITestOutputHelper output) : IAsyncLifetime
{
    private PipelineStack _stack = null!;

    public async Task InitializeAsync() => _stack = await Stacks.StartAsync(new XunitOutput(output));

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task Feeds_end_up_as_one_email_digest_and_one_teams_card_and_a_second_run_sends_nothing()
    {
        var confirmed = DateTimeOffset.UtcNow.AddDays(-1);
        await _stack.EnsureSubscriberAsync(Channel.Email, "reader@example.org", "Reader", new SubscriberPreferences { Cadence = "hourly" }, confirmed);
        await _stack.EnsureSubscriberAsync(Channel.Teams, _stack.Teams.Webhook("desk").AbsoluteUri, "Desk", new SubscriberPreferences { Cadence = "hourly" }, confirmed);

        await _stack.Runner.RunCycleAsync();

        var emails = await _stack.MailDev.ListEmailsAsync();
        var email = Assert.Single(emails);
        Assert.Equal("reader@example.org", email.GetProperty("to")[0].GetProperty("address").GetString());
        var html = email.GetProperty("html").GetString()!;
        var text = email.GetProperty("text").GetString()!;
        var subject = email.GetProperty("subject").GetString()!;
        Assert.True(subject.Contains("Belarus") || subject.Contains("Minsk"), "the subject leads with the Belarus story: " + subject);
        Assert.Contains("19th", html);                                 // the EU package
        Assert.DoesNotContain("Storm Amy", html);                      // unrelated news
        Assert.DoesNotContain("UEFA", html);                           // hard negative: sports sanction
        Assert.DoesNotContain("space strategy sequel", html);          // hard negative: product release
        Assert.DoesNotContain("Parole board", html);                   // hard negative: ordinary parole

        // The Belarus talks, in three English wordings (RSS, Atom, HTML page) and a Russian one, are one story.
        var belarusStories = await StoryIdsOfAsync("belarus", "minsk", "беларус");
        Assert.Single(belarusStories);
        var alerts = await AlertsAsync();
        var outlets = alerts.Where(a => a.PartitionKey == belarusStories.Single()).Select(a => a.GetString("SourceId")).Distinct().Count();
        Assert.True(outlets >= 3, $"the Belarus story has {outlets} outlets");
        Assert.Contains($"{outlets} outlets", text);

        var post = Assert.Single(_stack.Teams.Posts);
        var payload = JsonNode.Parse(post.Body)!;
        Assert.Equal("message", payload["type"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", payload["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Equal("1.5", payload["attachments"]![0]!["content"]!["version"]!.GetValue<string>());

        // Second run over the same feeds, as when they are next due: conditional GETs, nothing new, nothing sent.
        var sources = new[] { "northwind-world", "eastern-ledger", "vostok-wire", "baltic-courier", "half-wire" };
        foreach (var id in sources)
        {
            await _stack.Runner.Storage.Queue(QueueNames.FeedsDue).SendMessageAsync(JsonSerializer.Serialize(new FeedDueMessage(id, DateTimeOffset.UtcNow), PipelineJson.Options));
        }
        await _stack.Runner.RunCycleAsync();
        Assert.Single(await _stack.MailDev.ListEmailsAsync());
        Assert.Single(_stack.Teams.Posts);
        var states = await new FeedStateStore(_stack.Runner.Storage.Table(TableNames.Feeds)).ListAsync();
        Assert.All(states.Where(s => sources.Contains(s.SourceId)), s =>
        {
            Assert.Equal(304, s.Health.LastStatus);
            Assert.Equal(0, s.NewItemsLastFetch);
        });
    }

    [Fact]
    public async Task Malformed_and_missing_feeds_are_recorded_and_do_not_stop_the_others()
    {
        await _stack.Runner.RunCycleAsync();
        var states = (await new FeedStateStore(_stack.Runner.Storage.Table(TableNames.Feeds)).ListAsync()).ToDictionary(s => s.SourceId);
        Assert.Equal(404, states["gone-feed"].Health.LastStatus);
        Assert.Equal(1, states["gone-feed"].Health.ConsecutiveFailures);
        Assert.True(states["gone-feed"].Health.NextDue > DateTimeOffset.UtcNow);
        var broken = states["half-wire"].Health;
        Assert.True(broken.IllFormed || broken.ConsecutiveFailures > 0, "the malformed feed is marked ill-formed or failed");
        Assert.Equal(0, states["northwind-world"].Health.ConsecutiveFailures);
        Assert.True(states["northwind-world"].NewItemsLastFetch >= 5);
    }

    private async Task<List<TableEntity>> AlertsAsync()
    {
        var list = new List<TableEntity>();
        await foreach (var e in _stack.Runner.Storage.Table(TableNames.Alerts).QueryAsync<TableEntity>()) list.Add(e);
        return list;
    }

    private async Task<HashSet<string>> StoryIdsOfAsync(params string[] words)
    {
        var alerts = await AlertsAsync();
        return alerts.Where(a => words.Any(w => (a.GetString("Title") ?? "").Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Select(a => a.PartitionKey).ToHashSet();
    }
}
