using System.Security.Cryptography;
using Alerts.Cli.DevServices;
using Alerts.Subscribers;
using Azure.Data.Tables;

namespace Alerts.IntegrationTests.Subscribers;

public sealed class AzuriteTableFixture : IAsyncLifetime
{
    private Azurite? _azurite;

    public TableServiceClient Tables { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        Tables = new TableServiceClient(_azurite.ConnectionString);
    }

    public Task DisposeAsync()
    {
        _azurite?.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class SubscriberStoreAzuriteTests(AzuriteTableFixture azurite) : IClassFixture<AzuriteTableFixture>
{
    private async Task<(SubscriberStore Store, TableClient Table)> NewStoreAsync(SecretProtector protector)
    {
        var table = azurite.Tables.GetTableClient("subscribers" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        return (new SubscriberStore(table, protector), table);
    }

    [Fact]
    public async Task WebhookUrlsAreStoredEncryptedAndListedMasked()
    {
        var protector = new SecretProtector(RandomNumberGenerator.GetBytes(32));
        var (store, table) = await NewStoreAsync(protector);
        const string hook = "https://prod-9.westeurope.logic.azure.com/workflows/42/triggers/manual/paths/invoke?sig=TOPSECRET";
        var teams = new Subscriber
        {
            Id = Subscriber.NewId(), Channel = Channel.Teams, Address = hook, DisplayName = "Newsroom", Status = SubscriberStatus.Active,
            Created = DateTimeOffset.UtcNow, Preferences = new SubscriberPreferences { Countries = ["BY"], Cadence = "hourly", TimeZone = "Europe/Minsk" },
        };
        var email = new Subscriber { Id = Subscriber.NewId(), Channel = Channel.Email, Address = "jane.doe@example.org", Created = DateTimeOffset.UtcNow };
        await store.AddAsync(teams);
        await store.AddAsync(email);

        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            Assert.DoesNotContain(row, kv => kv.Value is string s && (s.Contains("TOPSECRET") || s.Contains("jane.doe")));
        }

        var listed = await store.ListAsync();
        Assert.Equal(2, listed.Count);
        Assert.Contains(listed, s => s.MaskedAddress == "https://prod-9.westeurope.logic.azure.com/***");
        Assert.Contains(listed, s => s.MaskedAddress == "j***@example.org");

        var loaded = await store.GetAsync(teams.Id);
        Assert.Equal(hook, loaded!.Address);
        Assert.Equal(["BY"], loaded.Preferences.Countries);
        Assert.Equal("Europe/Minsk", loaded.Preferences.TimeZone);

        Assert.Equal(email.Id, (await store.FindByAddressAsync(Channel.Email, "JANE.DOE@example.org"))!.Id);
        Assert.Null(await store.FindByAddressAsync(Channel.Teams, "jane.doe@example.org"));
        Assert.Equal([teams.Id], (await store.ListActiveAsync()).Select(s => s.Id));

        await store.UpdateAsync(email with { Status = SubscriberStatus.Active, Confirmed = DateTimeOffset.UtcNow });
        Assert.Equal(2, (await store.ListActiveAsync()).Count);
    }

    [Fact]
    public async Task ConfirmNoncesAreSingleUse()
    {
        var table = azurite.Tables.GetTableClient("nonces" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        var nonces = new TableTokenNonceStore(table);
        var expires = DateTimeOffset.UtcNow.AddDays(2);
        Assert.True(await nonces.TryConsumeAsync("n-1", expires));
        Assert.False(await nonces.TryConsumeAsync("n-1", expires));
        Assert.True(await nonces.TryConsumeAsync("n-2", expires));
    }
}
