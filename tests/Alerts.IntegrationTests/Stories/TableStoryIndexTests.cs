using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Alerts.Detect;
using Alerts.Stories;
using Azure.Data.Tables;

namespace Alerts.IntegrationTests.Stories;

/// <summary>The table-backed story index on a real Azurite started for this test class on free loopback ports.</summary>
public sealed class TableStoryIndexTests : IAsyncLifetime
{
    private Process? _azurite;
    private TableClient _table = null!;

    public async Task InitializeAsync()
    {
        var root = FindRoot();
        var azurite = Path.Combine(root, "node_modules", ".bin", "azurite");
        Assert.True(File.Exists(azurite), $"Azurite is not installed at {azurite}: run `npm ci` in the repository root.");
        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        _azurite = Process.Start(new ProcessStartInfo(azurite,
            $"--inMemoryPersistence --skipApiVersionCheck --disableTelemetry --silent --blobHost 127.0.0.1 --blobPort {blob} " +
            $"--queueHost 127.0.0.1 --queuePort {queue} --tableHost 127.0.0.1 --tablePort {table}")
        { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        await WaitForPortAsync(table);
        var connection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
                         "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
                         $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
        _table = new TableServiceClient(connection).GetTableClient("stories");
        await _table.CreateIfNotExistsAsync();
    }

    public Task DisposeAsync()
    {
        if (_azurite is { HasExited: false }) _azurite.Kill(entireProcessTree: true);
        _azurite?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Signatures_round_trip_and_only_the_window_is_returned()
    {
        var index = new TableStoryIndex(_table);
        var builder = new StorySignatureBuilder();
        var item = new DetectInput
        {
            Id = "feed/item?42", Lang = "en", Published = new DateTimeOffset(2025, 12, 13, 9, 0, 0, TimeSpan.Zero),
            Title = "Belarus frees 123 political prisoners", Summary = "Lukashenko pardoned 123 people after talks with a US envoy.",
        };
        var detection = new Detection { Topics = [Topic.PrisonerRelease], ReleaseStage = ReleaseStage.Confirmed, Lang = "en" };
        var signature = builder.Build(item, detection, "s-1", "t-1");
        await index.AddAsync(signature);
        await index.AddAsync(signature with { ItemId = "old", Published = signature.Published.AddDays(-40) });

        var recent = await index.RecentAsync(signature.Published.AddDays(2), TimeSpan.FromDays(7));

        var back = Assert.Single(recent);
        Assert.Equal(signature.ItemId, back.ItemId);
        Assert.Equal(signature.Count, back.Count);
        Assert.Equal(signature.Countries, back.Countries);
        Assert.Equal(signature.Names, back.Names);
        Assert.Equal(signature.Terms, back.Terms);
        Assert.Equal(signature.SimHash, back.SimHash);
        Assert.Equal(signature.Published, back.Published);
    }

    [Fact]
    public async Task Clusterer_on_the_table_index_groups_a_repeat()
    {
        var clusterer = new StoryClusterer(new TableStoryIndex(_table));
        var detection = new Detection { Topics = [Topic.PrisonerRelease], ReleaseStage = ReleaseStage.Talks, Lang = "en" };
        DetectInput Item(string id) => new()
        {
            Id = id, Lang = "en", Published = new DateTimeOffset(2025, 11, 26, 12, 0, 0, TimeSpan.Zero),
            Title = "US and Belarus discuss freeing at least 100 political prisoners",
            Summary = "Washington is negotiating with Minsk over the release of over 100 political prisoners, sources said.",
        };
        var first = await clusterer.AssignAsync(Item("a"), detection);
        var second = await clusterer.AssignAsync(Item("b"), detection);
        Assert.Equal(first.StoryId, second.StoryId);
        Assert.Equal(StoryChange.Repeat, second.Change);
    }

    private static readonly DateTimeOffset At = new(2025, 12, 13, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The signature of a report of one confirmed release at <see cref="At"/>, in <paramref name="story"/> (by default a story of its own).</summary>
    private static StorySignature Release(string id, string? story = null) => new StorySignatureBuilder().Build(new DetectInput
    {
        Id = id, Lang = "en", Published = At,
        Title = "Belarus frees 123 political prisoners", Summary = "Lukashenko pardoned 123 people after talks with a US envoy.",
    }, new Detection { Topics = [Topic.PrisonerRelease], ReleaseStage = ReleaseStage.Confirmed, Lang = "en" }, story ?? "s-" + id, story ?? "s-" + id);

    [Fact]
    public async Task A_cached_index_sees_rows_written_and_rewritten_by_another_instance()
    {
        var mine = new TableStoryIndex(_table);
        var theirs = new TableStoryIndex(_table);

        await mine.AddAsync(Release("a", "s-a"));
        Assert.Equal(["a"], (await mine.RecentAsync(At, TimeSpan.FromDays(30))).Select(s => s.ItemId));

        await theirs.AddAsync(Release("b", "s-a"));
        Assert.Equal(["a", "b"], (await mine.RecentAsync(At, TimeSpan.FromDays(30))).Select(s => s.ItemId));

        // Item b analysed again elsewhere and moved to another story: the cached copy must follow.
        await theirs.AddAsync(Release("b", "s-b"));
        var recent = await mine.RecentAsync(At.AddHours(1), TimeSpan.FromDays(30));
        Assert.Equal("s-b", recent.Single(s => s.ItemId == "b").StoryId);
    }

    [Fact]
    public async Task A_row_without_a_writer_written_after_the_first_read_is_seen_as_another_instance_s()
    {
        // During a deploy, instances of the earlier version write index rows that have no Writer property.
        var mine = new TableStoryIndex(_table);
        await mine.AddAsync(Release("a"));
        Assert.Equal(["a"], (await mine.RecentAsync(At, TimeSpan.FromDays(30))).Select(s => s.ItemId));

        var old = TableStoryIndex.ToRow(Release("b"));
        old.Remove("Writer");
        await _table.UpsertEntityAsync(old);
        Assert.Equal(["a", "b"], (await mine.RecentAsync(At, TimeSpan.FromDays(30))).Select(s => s.ItemId));
    }

    [Fact]
    public async Task Without_refresh_on_read_another_instances_rows_are_read_after_ExpectChanges()
    {
        var mine = new TableStoryIndex(_table) { RefreshOnRead = false };
        var theirs = new TableStoryIndex(_table);

        await mine.AddAsync(Release("a"));
        Assert.Equal(["a"], (await mine.RecentAsync(At, TimeSpan.FromDays(30))).Select(s => s.ItemId));
        await theirs.AddAsync(Release("b"));
        await mine.AddAsync(Release("c"));
        // Under one hold of the lock nothing else can write: the cache (with its own new row) is the answer.
        Assert.Equal(["a", "c"], (await mine.RecentAsync(At, TimeSpan.FromDays(30))).Select(s => s.ItemId));

        mine.ExpectChanges();
        Assert.Equal(["a", "b", "c"], (await mine.RecentAsync(At, TimeSpan.FromDays(30))).Select(s => s.ItemId));
    }

    [Fact]
    public async Task A_window_outside_the_cached_range_is_read_afresh()
    {
        var at = new DateTimeOffset(2025, 12, 13, 9, 0, 0, TimeSpan.Zero);
        var builder = new StorySignatureBuilder();
        var detection = new Detection { Topics = [Topic.Sanctions], SanctionsAction = SanctionsAction.Imposed, Lang = "en" };
        StorySignature Signature(string id, DateTimeOffset published) => builder.Build(new DetectInput
        {
            Id = id, Lang = "en", Published = published,
            Title = "EU adopts new sanctions package", Summary = "The Council imposed sanctions on 40 vessels.",
        }, detection, "s-" + id, "s-" + id);
        var index = new TableStoryIndex(_table);
        await index.AddAsync(Signature("recent", at));
        await index.AddAsync(Signature("older", at.AddDays(-60)));

        Assert.Equal(["recent"], (await index.RecentAsync(at, TimeSpan.FromDays(7))).Select(s => s.ItemId));
        Assert.Equal(["older"], (await index.RecentAsync(at.AddDays(-60), TimeSpan.FromDays(7))).Select(s => s.ItemId));
        Assert.Equal(["older", "recent"], (await index.RecentAsync(at.AddDays(-30), TimeSpan.FromDays(30))).Select(s => s.ItemId));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(200);
            }
        }
        throw new TimeoutException($"Azurite did not open port {port} within 30 s.");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alerts.sln"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
