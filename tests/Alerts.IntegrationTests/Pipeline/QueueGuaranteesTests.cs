using System.Net;
using System.Text.Json;
using Alerts.Cli.Demo;
using Alerts.Pipeline;
using Alerts.Storage;
using Alerts.Subscribers;
using Azure.Data.Tables;
using Xunit.Abstractions;

namespace Alerts.IntegrationTests.Pipeline;

/// <summary>Queue behaviour on real Azurite with the real handler: poison messages, redelivery, health.</summary>
public sealed class QueueGuaranteesTests(ITestOutputHelper output) : IAsyncLifetime
{
    private PipelineStack _stack = null!;

    public async Task InitializeAsync() =>
        _stack = await Stacks.StartAsync(new XunitOutput(output), o => o with { RetryDelayOverride = TimeSpan.FromMilliseconds(200) });

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task A_message_that_is_not_json_lands_in_poison_after_max_dequeue_count_and_the_queue_keeps_flowing()
    {
        var storage = _stack.Runner.Storage;
        await storage.Queue(QueueNames.Items).SendMessageAsync("this is not json");
        await storage.Queue(QueueNames.FeedsDue).SendMessageAsync(JsonSerializer.Serialize(new FeedDueMessage("northwind-world", DateTimeOffset.UtcNow), PipelineJson.Options));

        var poison = storage.Queue(QueueNames.Poison(QueueNames.Items));
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while ((await poison.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0 && DateTime.UtcNow < deadline)
        {
            await _stack.Runner.DrainAsync();
            await Task.Delay(250);
        }
        var poisoned = (await poison.ReceiveMessagesAsync(32)).Value;
        Assert.Equal("this is not json", Assert.Single(poisoned).MessageText);

        // The good message went through, and the items it produced were analysed.
        var state = await new FeedStateStore(storage.Table(TableNames.Feeds)).GetAsync("northwind-world");
        Assert.True(state.NewItemsLastFetch >= 5);
        Assert.Equal(0, (await storage.Queue(QueueNames.Items).GetPropertiesAsync()).Value.ApproximateMessagesCount);

        // Health reports the poison message, with 503.
        using var http = new HttpClient { BaseAddress = _stack.Runner.HttpBaseAddress };
        using var response = await http.GetAsync("api/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("unhealthy", report.GetProperty("status").GetString());
        Assert.Contains("items-poison", report.GetProperty("reasons")[0].GetString());
    }

    [Fact]
    public async Task An_item_that_fails_inside_a_packed_message_reaches_poison_alone_and_its_neighbours_are_analysed()
    {
        var storage = _stack.Runner.Storage;
        var now = DateTimeOffset.UtcNow;
        ItemMessage Item(string key) => new()
        {
            ItemKey = key, SourceId = "northwind-world", SourceName = "Northwind World", Title = "City council approves a new bus timetable for the winter",
            Summary = "The council voted on Tuesday to add late buses on four routes and to publish the timetable online before December.",
            Published = now, FetchedAt = now,
        };
        // Table storage refuses '#' in a row key, so every write for this item fails, as a storage fault would.
        const string bad = "ubad#0001";
        await storage.Queue(QueueNames.Items).SendMessageAsync(PipelineJson.Serialize(new ItemBatchMessage { Items = [Item("uok00001"), Item(bad), Item("uok00002")] }));

        var poison = storage.Queue(QueueNames.Poison(QueueNames.Items));
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while ((await poison.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0 && DateTime.UtcNow < deadline)
        {
            await _stack.Runner.DrainAsync();
            await Task.Delay(250);
        }

        var poisoned = Assert.Single((await poison.ReceiveMessagesAsync(32)).Value);
        Assert.DoesNotContain("\"items\"", poisoned.MessageText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(bad, PipelineJson.Deserialize<ItemMessage>(poisoned.MessageText)!.ItemKey);
        var seen = new SeenStore(storage.Table(TableNames.Seen), TimeProvider.System, SeenStore.DefaultTtl);
        Assert.True(await seen.IsAnalyzedAsync("uok00001"));
        Assert.True(await seen.IsAnalyzedAsync("uok00002"));
        Assert.Equal(0, (await storage.Queue(QueueNames.Items).GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task A_delivery_message_delivered_twice_sends_one_email()
    {
        var storage = _stack.Runner.Storage;
        var subscriberId = await _stack.EnsureSubscriberAsync(Channel.Email, "twice@example.org", "Twice",
            new SubscriberPreferences { Cadence = "daily 08:00" }, DateTimeOffset.UtcNow.AddDays(-1));
        foreach (var timer in _stack.Runner.Timers().Where(t => t.Name == "ScheduleFeeds")) await _stack.Runner.FireTimerAsync(timer, default);
        await _stack.Runner.DrainAsync();

        var storyIds = new List<string>();
        await foreach (var e in storage.Table(TableNames.Stories).QueryAsync<TableEntity>()) storyIds.Add(e.RowKey);
        Assert.NotEmpty(storyIds);
        var message = JsonSerializer.Serialize(new DeliveryMessage
        {
            DeliveryKey = "digest:redelivery-test", SubscriberId = subscriberId, Channel = DeliveryChannel.Email,
            WindowStart = DateTimeOffset.UtcNow.AddDays(-1), WindowEnd = DateTimeOffset.UtcNow, StoryIds = storyIds,
        }, PipelineJson.Options);
        await storage.Queue(QueueNames.Deliveries).SendMessageAsync(message);
        await storage.Queue(QueueNames.Deliveries).SendMessageAsync(message);
        await _stack.Runner.DrainAsync();

        var emails = await _stack.MailDev.ListEmailsAsync();
        Assert.Single(emails, e => e.GetProperty("to")[0].GetProperty("address").GetString() == "twice@example.org");
    }

    [Fact]
    public async Task Health_is_ok_on_a_clean_start()
    {
        using var http = new HttpClient { BaseAddress = _stack.Runner.HttpBaseAddress };
        using var response = await http.GetAsync("api/health");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var report = JsonDocument.Parse(body).RootElement;
        Assert.True(report.GetProperty("storageReachable").GetBoolean());
        Assert.Equal(3, report.GetProperty("queues").GetArrayLength());
    }
}
