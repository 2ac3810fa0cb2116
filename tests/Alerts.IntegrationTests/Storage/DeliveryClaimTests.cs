using Alerts.Cli.DevServices;
using Alerts.Storage;
using Azure.Data.Tables;

namespace Alerts.IntegrationTests.Storage;

/// <summary>The delivery ledger's claim on a real Azurite: a claim given back before any send can be taken at once.</summary>
public sealed class DeliveryClaimTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(3);
    private Azurite _azurite = null!;
    private DeliveryStateStore _store = null!;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        var service = new TableServiceClient(_azurite.ConnectionString);
        TableClient Table(string name)
        {
            var table = service.GetTableClient(name);
            table.CreateIfNotExists();
            return table;
        }
        _store = new DeliveryStateStore(Table("cursors"), Table("ledger"), Table("sentstories"), TimeProvider.System);
    }

    public Task DisposeAsync()
    {
        _azurite.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_held_claim_blocks_a_second_worker_until_it_is_given_back()
    {
        Assert.Equal(ClaimOutcome.Claimed, (await _store.TryClaimAsync("digest:a", Lease)).Outcome);
        Assert.Equal(ClaimOutcome.HeldByOther, (await _store.TryClaimAsync("digest:a", Lease)).Outcome);

        await _store.ReleaseClaimAsync("digest:a");

        Assert.Equal(ClaimOutcome.Claimed, (await _store.TryClaimAsync("digest:a", Lease)).Outcome);
    }

    [Fact]
    public async Task A_sent_delivery_is_not_reopened_by_a_release()
    {
        await _store.TryClaimAsync("digest:b", Lease);
        await _store.RecordAsync("digest:b", LedgerState.Sent, 1, "250 OK");

        await _store.ReleaseClaimAsync("digest:b");

        Assert.Equal(ClaimOutcome.Done, (await _store.TryClaimAsync("digest:b", Lease)).Outcome);
    }

    [Fact]
    public async Task Releasing_a_delivery_never_claimed_does_nothing()
    {
        await _store.ReleaseClaimAsync("digest:never");

        Assert.Equal(ClaimOutcome.Claimed, (await _store.TryClaimAsync("digest:never", Lease)).Outcome);
    }
}
