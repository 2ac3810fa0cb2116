using Alerts.Cli.Bench;
using Alerts.Cli.DevServices;
using Alerts.Detect;
using Alerts.Pipeline;
using Alerts.Storage;
using Alerts.Stories;

namespace Alerts.IntegrationTests.Stories;

/// <summary>
/// Story assignment across instances on a real Azurite, wired as the function app wires it: each instance has its own
/// clients, index and clusterer, and they share the story lease and the index table. Storage requests are counted
/// from Azurite's access log.
/// </summary>
public sealed class LeasedStoryClustererTests : IAsyncLifetime
{
    private readonly StorageRequestLog _requests = new();
    private Azurite _azurite = null!;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync(accessLog: _requests.Add);
        await StorageClients.FromConnectionString(_azurite.ConnectionString).EnsureCreatedAsync();
    }

    public Task DisposeAsync()
    {
        _azurite.Dispose();
        return Task.CompletedTask;
    }

    private LeasedStoryClusterer Instance()
    {
        var storage = StorageClients.FromConnectionString(_azurite.ConnectionString);
        var index = new TableStoryIndex(storage.Table(TableNames.StoryIndex)) { RefreshOnRead = false };
        return new LeasedStoryClusterer(new StoryClusterer(index), new BlobLeaseLock(storage.Blobs, LeasedStoryClusterer.LockName, LeasedStoryClusterer.StoryLockOptions), index.ExpectChanges);
    }

    private static readonly Detection Talks = new() { Topics = [Topic.PrisonerRelease], ReleaseStage = ReleaseStage.Talks, Lang = "en" };

    // Copies of one event from different outlets, published minutes apart.
    private static DetectInput Copy(int n) => new()
    {
        Id = $"outlet-{n}/story", Lang = "en", Published = new DateTimeOffset(2026, 3, 2, 9, n, 0, TimeSpan.Zero),
        Title = "US and Belarus discuss freeing at least 100 political prisoners",
        Summary = "Washington is negotiating with Minsk over the release of over 100 political prisoners, sources said.",
    };

    [Fact]
    public async Task Two_instances_assigning_copies_of_one_event_at_once_open_one_story()
    {
        var (a, b) = (Instance(), Instance());
        // The first copy opens the story; then twenty more arrive at both instances at the same moment.
        var first = await a.AssignAsync(Copy(0), Talks);
        var copies = await Task.WhenAll(Enumerable.Range(1, 20).Select(n => Task.Run(() => (n % 2 == 0 ? a : b).AssignAsync(Copy(n), Talks))));

        Assert.Equal(StoryChange.New, first.Change);
        Assert.All(copies, c => Assert.Equal(first.StoryId, c.StoryId));
        Assert.All(copies, c => Assert.Equal(StoryChange.Repeat, c.Change));
    }

    [Fact]
    public async Task Instance_b_sees_the_story_instance_a_opened_before_it_took_the_lease()
    {
        var (a, b) = (Instance(), Instance());
        // b has read the index once, before a's story existed.
        var unrelated = await b.AssignAsync(new DetectInput
        {
            Id = "wire/sanctions", Lang = "en", Published = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero),
            Title = "EU adopts new sanctions on shipping firms", Summary = "The Council imposed asset freezes on twelve tanker operators.",
        }, new Detection { Topics = [Topic.Sanctions], SanctionsAction = SanctionsAction.Imposed, Lang = "en" });
        var opened = await a.AssignAsync(Copy(0), Talks);
        var repeat = await b.AssignAsync(Copy(1), Talks);
        Assert.NotEqual(unrelated.StoryId, opened.StoryId);
        Assert.Equal(opened.StoryId, repeat.StoryId);
        Assert.Equal(StoryChange.Repeat, repeat.Change);
    }

    [Fact]
    public async Task Assignments_waiting_in_one_process_share_one_hold_of_the_lease()
    {
        var instance = Instance();
        await instance.AssignAsync(Copy(0), Talks); // creates the lock blob and loads the index
        var before = _requests.Snapshot();

        await Task.WhenAll(Enumerable.Range(1, 16).Select(n => Task.Run(() => instance.AssignAsync(Copy(n), Talks))));
        await Task.Delay(500); // Azurite's access log reaches us through a pipe, a little after the requests

        var leaseRequests = _requests.Since(before).Where(kv => kv.Key.StartsWith("blob ", StringComparison.Ordinal)).Sum(kv => kv.Value);
        // One acquire and one release per assignment would be 32 requests.
        Assert.InRange(leaseRequests, 2, 12);
    }
}
