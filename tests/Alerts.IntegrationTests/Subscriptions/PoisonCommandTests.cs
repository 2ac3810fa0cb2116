using Alerts.Cli.Commands;
using Alerts.Cli.DevServices;
using Alerts.Cli.Poison;
using Azure.Storage.Queues;

namespace Alerts.IntegrationTests.Subscriptions;

/// <summary>./alerts poison against a private Azurite: list, show, requeue and drop, by id and all at once.</summary>
public sealed class PoisonCommandTests : IAsyncLifetime
{
    private Azurite _azurite = null!;
    private QueueServiceClient _service = null!;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        _service = new QueueServiceClient(_azurite.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
    }

    public Task DisposeAsync()
    {
        _azurite.Dispose();
        return Task.CompletedTask;
    }

    private async Task<QueueClient> PoisonWith(params string[] bodies)
    {
        var poison = _service.GetQueueClient("items-poison");
        await poison.CreateIfNotExistsAsync();
        foreach (var b in bodies) await poison.SendMessageAsync(b);
        return poison;
    }

    private Task<int> Run(params string[] args) => new PoisonCommand().Build().Parse([.. args, "--connection", _azurite.ConnectionString]).InvokeAsync();

    [Fact]
    public async Task Requeue_by_id_moves_one_message_intact_and_drop_all_empties_the_poison_queue()
    {
        var poison = await PoisonWith("{\"key\":\"a\"}", "{\"key\":\"b\",\"title\":\"Ünïcode — ok\"}", "not json at all");
        var queue = new PoisonQueue(_service, "items-poison");
        Assert.Equal("items", queue.SourceName);

        var listed = await queue.PeekAsync(CancellationToken.None);
        Assert.Equal(3, listed.Count);
        Assert.Equal(3, await queue.CountAsync(CancellationToken.None));
        var second = listed[1];
        Assert.Equal("{\"key\":\"b\",\"title\":\"Ünïcode — ok\"}", (await queue.FindAsync(second.Id, CancellationToken.None)).Text);

        Assert.Equal([second.Id], await queue.RequeueAsync(second.Id, CancellationToken.None));
        var items = _service.GetQueueClient("items");
        var moved = Assert.Single((await items.PeekMessagesAsync(32)).Value);
        Assert.Equal(second.Text, moved.Body.ToString());
        Assert.Equal(0, moved.DequeueCount);
        Assert.Equal(2, (await poison.PeekMessagesAsync(32)).Value.Length);

        await Assert.ThrowsAsync<PoisonCommandException>(() => queue.DropAsync("no-such-id", CancellationToken.None));
        Assert.Equal(2, (await poison.PeekMessagesAsync(32)).Value.Length); // the failed lookup released what it held

        Assert.Equal(2, (await queue.DropAsync(null, CancellationToken.None)).Count);
        Assert.Empty((await poison.PeekMessagesAsync(32)).Value);
        Assert.Single((await items.PeekMessagesAsync(32)).Value);
    }

    [Fact]
    public async Task The_command_exits_0_on_success_and_1_with_a_reason_on_errors()
    {
        var poison = await PoisonWith("{\"key\":\"c\"}", "{\"key\":\"d\"}");
        Assert.Equal(0, await Run("list", "items"));
        Assert.Equal(0, await Run("show", "items"));
        Assert.Equal(1, await Run("requeue", "items"));                    // neither --id nor --all
        Assert.Equal(1, await Run("drop", "items", "--id", "missing"));
        Assert.Equal(1, await Run("list", "No_Such Queue"));
        Assert.Equal(1, await Run("drop", "feeds-due", "--all"));         // its poison queue was never created
        Assert.Equal(2, (await poison.PeekMessagesAsync(32)).Value.Length);

        Assert.Equal(0, await Run("requeue", "items-poison", "--all"));
        Assert.Empty((await poison.PeekMessagesAsync(32)).Value);
        Assert.Equal(2, (await _service.GetQueueClient("items").PeekMessagesAsync(32)).Value.Length);
        Assert.Equal(0, await Run("list", "items"));
    }
}
