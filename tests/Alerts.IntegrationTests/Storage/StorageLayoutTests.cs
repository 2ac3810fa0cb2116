using Alerts.Cli.DevServices;
using Alerts.Pipeline;
using Alerts.Storage;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Alerts.IntegrationTests.Storage;

/// <summary>
/// Creating the queues and tables at start-up on a real Azurite: a new account gets all of them and the layout
/// marker; a later start (a new instance) finds the marker and sends one request instead of sixteen.
/// </summary>
public sealed class StorageLayoutTests : IAsyncLifetime
{
    private Azurite _azurite = null!;

    public async Task InitializeAsync() => _azurite = await Azurite.StartAsync();

    public Task DisposeAsync()
    {
        _azurite.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Counts the requests every client of one <see cref="StorageClients"/> sends.</summary>
    private sealed class RequestCounter : HttpPipelinePolicy
    {
        public int Count;

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Interlocked.Increment(ref Count);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Interlocked.Increment(ref Count);
            return ProcessNextAsync(message, pipeline);
        }
    }

    private StorageClients Counted(RequestCounter counter)
    {
        var queues = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        queues.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var tables = new TableClientOptions();
        tables.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var blobs = new BlobClientOptions();
        blobs.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var connection = _azurite.ConnectionString;
        return new StorageClients(new QueueServiceClient(connection, queues), new TableServiceClient(connection, tables), new BlobServiceClient(connection, blobs));
    }

    [Fact]
    public async Task A_new_account_gets_every_queue_and_table_and_a_later_start_reads_one_marker_row()
    {
        var first = new RequestCounter();
        await Counted(first).EnsureCreatedAsync();
        var expected = StorageClients.Queues.Length * 2 + TableNames.All.Length;
        Assert.Equal(expected + 2, first.Count); // the marker read, every create, the marker write

        var storage = StorageClients.FromConnectionString(_azurite.ConnectionString);
        foreach (var queue in StorageClients.Queues)
        {
            Assert.True((await storage.Queue(queue).ExistsAsync()).Value, queue);
            Assert.True((await storage.Queue(QueueNames.Poison(queue)).ExistsAsync()).Value, QueueNames.Poison(queue));
        }
        var tables = new List<string>();
        await foreach (var table in new TableServiceClient(_azurite.ConnectionString).QueryAsync()) tables.Add(table.Name);
        Assert.Equal(TableNames.All.Order(), tables.Order());
        var marker = await storage.Table(TableNames.Feeds).GetEntityIfExistsAsync<TableEntity>(StorageClients.LayoutPartition, StorageClients.Layout);
        Assert.True(marker.HasValue);

        var second = new RequestCounter();
        await Counted(second).EnsureCreatedAsync();
        Assert.Equal(1, second.Count);
    }

    [Fact]
    public async Task Without_the_marker_everything_is_created_again_and_force_always_creates()
    {
        await StorageClients.FromConnectionString(_azurite.ConnectionString).EnsureCreatedAsync();
        var storage = StorageClients.FromConnectionString(_azurite.ConnectionString);
        await storage.Queue(QueueNames.Items).DeleteAsync();
        await storage.Table(TableNames.Feeds).DeleteEntityAsync(StorageClients.LayoutPartition, StorageClients.Layout);

        await StorageClients.FromConnectionString(_azurite.ConnectionString).EnsureCreatedAsync();
        Assert.True((await storage.Queue(QueueNames.Items).ExistsAsync()).Value);

        await storage.Queue(QueueNames.Items).DeleteAsync();
        var forced = new RequestCounter();
        await Counted(forced).EnsureCreatedAsync(force: true);
        Assert.True((await storage.Queue(QueueNames.Items).ExistsAsync()).Value);
        Assert.Equal(StorageClients.Queues.Length * 2 + TableNames.All.Length + 1, forced.Count);
    }

    [Fact]
    public async Task Feed_state_listing_does_not_see_the_marker_row()
    {
        var storage = StorageClients.FromConnectionString(_azurite.ConnectionString);
        await storage.EnsureCreatedAsync();
        Assert.Empty(await new FeedStateStore(storage.Table(TableNames.Feeds)).ListAsync());
    }
}
