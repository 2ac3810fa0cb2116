using Alerts.Cli.Demo;
using Alerts.Subscribers;
using Xunit.Abstractions;

namespace Alerts.IntegrationTests.Subscribers;

/// <summary>
/// The demo's webhook receiver comes up on a new port each run. Its Teams channel must stay one subscriber (same id,
/// same cursor) whose URL moves; a new subscriber per run would receive the whole backlog again.
/// </summary>
public sealed class DemoChannelTests(ITestOutputHelper output) : IAsyncLifetime
{
    private PipelineStack _stack = null!;

    public async Task InitializeAsync() => _stack = await Stacks.StartAsync(new XunitOutput(output));

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task A_teams_channel_at_a_new_url_keeps_its_id_and_takes_the_new_address()
    {
        var confirmed = DateTimeOffset.UtcNow.AddDays(-1);
        var preferences = new SubscriberPreferences { Cadence = "hourly" };
        var first = await _stack.EnsureSubscriberAsync(Channel.Teams, "http://127.0.0.1:40001/webhook/desk", "Desk", preferences, confirmed);

        var again = await _stack.EnsureSubscriberAsync(Channel.Teams, "http://127.0.0.1:40002/webhook/desk", "Desk", preferences, confirmed);
        var other = await _stack.EnsureSubscriberAsync(Channel.Teams, "http://127.0.0.1:40002/webhook/sport", "Sport", preferences, confirmed);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        var stored = await _stack.Subscribers().GetAsync(first);
        Assert.Equal("http://127.0.0.1:40002/webhook/desk", stored!.Address);
        Assert.Equal(2, (await _stack.Subscribers().ListAsync()).Count(s => s.Channel == Channel.Teams));
    }
}
