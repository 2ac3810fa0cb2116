using Alerts.Pipeline;
using Alerts.Sources;
using Alerts.Storage;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alerts.Tests.Pipeline;

public sealed class ScheduleFeedsServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private readonly CountingTable _feeds = new();

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private ScheduleFeedsService Service(params string[] ids) => new(
        new SourceDirectory(ids.Select(id => new SourceDefinition { Id = id, Url = $"https://{id}.example/feed.xml", Interval = TimeSpan.FromMinutes(5) }).ToList()),
        new FeedStateStore(_feeds.Mock.Object), new FixedTime(Now), NullLogger<ScheduleFeedsService>.Instance);

    private void State(string id, DateTimeOffset nextDue, DateTimeOffset? lastAttempt = null, DateTimeOffset? scheduledAt = null) =>
        _feeds.Rows[("feed", id)] = new TableEntity("feed", id) { ["NextDue"] = nextDue, ["LastAttempt"] = lastAttempt, ["ScheduledAt"] = scheduledAt };

    [Fact]
    public async Task Only_due_sources_not_already_waiting_in_the_queue_are_scheduled_and_marked()
    {
        State("due", Now.AddMinutes(-1), lastAttempt: Now.AddMinutes(-6));
        State("later", Now.AddMinutes(3));
        State("waiting", Now.AddMinutes(-1), lastAttempt: Now.AddMinutes(-6), scheduledAt: Now.AddMinutes(-2));
        State("lost", Now.AddMinutes(-20), lastAttempt: Now.AddMinutes(-40), scheduledAt: Now.AddMinutes(-16)); // queued past the lease: its message was lost

        var due = await Service("due", "later", "waiting", "lost", "new").RunAsync();

        Assert.Equal(["due", "lost", "new"], due.Select(d => d.SourceId).Order());
        foreach (var id in new[] { "due", "lost", "new" }) Assert.Equal(Now, _feeds.Rows[("feed", id)].GetDateTimeOffset("ScheduledAt"));
        Assert.Equal(Now.AddMinutes(-2), _feeds.Rows[("feed", "waiting")].GetDateTimeOffset("ScheduledAt"));
    }

    [Fact]
    public async Task The_states_are_read_with_one_query_not_one_read_per_source()
    {
        var ids = Enumerable.Range(0, 200).Select(i => "s" + i).ToArray();
        foreach (var id in ids) State(id, Now.AddMinutes(-1));
        var due = await Service(ids).RunAsync();
        Assert.Equal(200, due.Count);
        Assert.Equal(1, _feeds.Queries);
        Assert.Equal(0, _feeds.PointReads);
    }

    [Fact]
    public async Task Scheduling_changes_only_the_scheduled_time_so_a_fetch_saving_the_row_meanwhile_keeps_its_health_and_keys()
    {
        var store = new FeedStateStore(_feeds.Mock.Object);
        var health = new Alerts.Fetch.FeedHealth { SourceId = "due", ETag = "\"v7\"", NextDue = Now.AddMinutes(-1), LastAttempt = Now.AddMinutes(-6) };
        await store.SaveAsync(new FeedState { Health = health, LastFetchKeys = ["g1", "g2"] });

        await Service("due").RunAsync();

        var state = await store.GetAsync("due");
        Assert.Equal(Now, state.ScheduledAt);
        Assert.Equal("\"v7\"", state.Health.ETag);
        Assert.Equal(["g1", "g2"], state.LastFetchKeys);
    }
}
