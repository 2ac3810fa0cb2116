using System.Text.Json;
using Alerts.Observability;
using Azure;
using Azure.Data.Tables;

namespace Alerts.Subscribers;

public interface ISubscriberStore
{
    Task AddAsync(Subscriber subscriber, CancellationToken cancellationToken = default);
    Task UpdateAsync(Subscriber subscriber, CancellationToken cancellationToken = default);
    Task<Subscriber?> GetAsync(string id, CancellationToken cancellationToken = default);
    Task<Subscriber?> FindByAddressAsync(Channel channel, string address, CancellationToken cancellationToken = default);
    /// <summary>Admin view: masked addresses, never a webhook URL.</summary>
    Task<IReadOnlyList<SubscriberSummary>> ListAsync(CancellationToken cancellationToken = default);
    /// <summary>Active subscribers with their addresses, for the senders only.</summary>
    Task<IReadOnlyList<Subscriber>> ListActiveAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// Subscribers in Azure Table storage, one row each (partition "subscriber"). Addresses and webhook URLs are
/// stored encrypted with <see cref="SecretProtector"/> and found again through a keyed hash.
/// </summary>
public sealed class SubscriberStore(TableClient table, SecretProtector protector) : ISubscriberStore
{
    private const string Partition = "subscriber";

    public async Task AddAsync(Subscriber subscriber, CancellationToken cancellationToken = default) =>
        await table.AddEntityAsync(ToEntity(subscriber), cancellationToken);

    public async Task UpdateAsync(Subscriber subscriber, CancellationToken cancellationToken = default) =>
        await table.UpsertEntityAsync(ToEntity(subscriber), TableUpdateMode.Replace, cancellationToken);

    public async Task<Subscriber?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? FromEntity(entity) : null;
    }

    public async Task<Subscriber?> FindByAddressAsync(Channel channel, string address, CancellationToken cancellationToken = default)
    {
        var hash = protector.LookupHash(address);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and AddressHash eq {hash} and Channel eq {channel.ToString()}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            return FromEntity(entity);
        }
        return null;
    }

    public async Task<IReadOnlyList<SubscriberSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<SubscriberSummary>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            var s = FromEntity(entity);
            var masked = s.Channel == Channel.Email ? Redact.Email(s.Address) : Redact.Url(s.Address);
            list.Add(new SubscriberSummary(s.Id, s.Channel, masked, s.DisplayName, s.Status, s.Created, s.Confirmed, s.Health));
        }
        return list;
    }

    public async Task<IReadOnlyList<Subscriber>> ListActiveAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<Subscriber>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Status eq {SubscriberStatus.Active.ToString()}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(FromEntity(entity));
        }
        return list;
    }

    private TableEntity ToEntity(Subscriber s) => new(Partition, s.Id)
    {
        ["Channel"] = s.Channel.ToString(),
        ["AddressProtected"] = protector.Protect(s.Address, s.Id),
        ["AddressHash"] = protector.LookupHash(s.Address),
        ["DisplayName"] = s.DisplayName,
        ["Status"] = s.Status.ToString(),
        ["Created"] = s.Created,
        ["Confirmed"] = s.Confirmed,
        ["Health"] = s.Health.ToString(),
        ["Preferences"] = JsonSerializer.Serialize(s.Preferences, SubscriberJsonContext.Default.SubscriberPreferences),
    };

    private Subscriber FromEntity(TableEntity e) => new()
    {
        Id = e.RowKey,
        Channel = Enum.Parse<Channel>(e.GetString("Channel")),
        Address = protector.Unprotect(e.GetString("AddressProtected"), e.RowKey),
        DisplayName = e.GetString("DisplayName") ?? "",
        Status = Enum.Parse<SubscriberStatus>(e.GetString("Status")),
        Created = e.GetDateTimeOffset("Created") ?? DateTimeOffset.MinValue,
        Confirmed = e.GetDateTimeOffset("Confirmed"),
        Health = Enum.TryParse<ChannelHealth>(e.GetString("Health"), out var health) ? health : ChannelHealth.Healthy,
        Preferences = JsonSerializer.Deserialize(e.GetString("Preferences") ?? "{}", SubscriberJsonContext.Default.SubscriberPreferences) ?? new(),
    };
}

/// <summary>Used confirm-link nonces in Table storage; an insert conflict means the link was used before.</summary>
public sealed class TableTokenNonceStore(TableClient table) : ITokenNonceStore
{
    /// <summary>
    /// Nonces whose link expired more than <paramref name="grace"/> ago: the token check refuses such a link as
    /// expired before it asks for the nonce, so its row guards nothing any more and a sweep may delete it.
    /// </summary>
    public static string ExpiredFilter(DateTimeOffset now, TimeSpan grace) => TableClient.CreateQueryFilter($"Expires lt {now - grace}");

    public async Task<bool> TryConsumeAsync(string nonce, DateTimeOffset expires, CancellationToken cancellationToken = default)
    {
        try
        {
            await table.AddEntityAsync(new TableEntity("nonce", nonce) { ["Expires"] = expires }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }
}
