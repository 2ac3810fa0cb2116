using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Alerts.Pipeline;

namespace Alerts.Storage;

/// <summary>
/// Queue, table and blob clients for the account named by the AzureWebJobsStorage setting: a connection
/// string locally (Azurite), or an identity-based connection in Azure (AzureWebJobsStorage__accountName).
/// </summary>
public sealed class StorageClients
{
    public static readonly string[] Queues = [QueueNames.FeedsDue, QueueNames.Items, QueueNames.Deliveries];

    private readonly QueueServiceClient _queues;
    private readonly TableServiceClient _tables;
    private int _created;

    public StorageClients(QueueServiceClient queues, TableServiceClient tables, BlobServiceClient blobs)
    {
        _queues = queues;
        _tables = tables;
        Blobs = blobs;
    }

    public BlobServiceClient Blobs { get; }

    public QueueClient Queue(string name) => _queues.GetQueueClient(name);

    // Every store reads rows as TableEntity, which the SDK creates with Activator.CreateInstance<T>(): keep its
    // constructor in the trimmed Native AOT handler, where nothing else references it.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(TableEntity))]
    public TableClient Table(string name) => _tables.GetTableClient(name);

    public static StorageClients FromConfiguration(IConfiguration configuration)
    {
        var connection = configuration["AzureWebJobsStorage"];
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return FromConnectionString(connection);
        }
        var account = configuration["AzureWebJobsStorage:accountName"];
        if (string.IsNullOrWhiteSpace(account))
        {
            throw new ConfigurationException("AzureWebJobsStorage",
                "is not set. Use a connection string (locally: Azurite's), or AzureWebJobsStorage__accountName with a managed identity in Azure.");
        }
        TokenCredential credential = configuration["AzureWebJobsStorage:clientId"] is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
        return new StorageClients(
            new QueueServiceClient(ServiceUri(configuration, "queue", account), credential, QueueOptions()),
            new TableServiceClient(ServiceUri(configuration, "table", account), credential),
            new BlobServiceClient(ServiceUri(configuration, "blob", account), credential));
    }

    public static StorageClients FromConnectionString(string connection)
    {
        try
        {
            return new StorageClients(
                new QueueServiceClient(connection, QueueOptions()),
                new TableServiceClient(connection),
                new BlobServiceClient(connection));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new ConfigurationException("AzureWebJobsStorage", "is not a valid storage connection string: " + ex.Message);
        }
    }

    /// <summary>
    /// Creates every queue (with its poison queue) and table the pipeline uses; idempotent and done once per process.
    /// The last step writes a marker row named after the layout (every queue and table name), and a later start that
    /// finds it reads one row instead of sending 16 create requests: each cold start of a scaled-out instance is
    /// shorter and costs fewer storage transactions. A layout with a new queue or table has a new marker, so it
    /// is created on the first start of the new version. <paramref name="force"/> creates everything regardless.
    /// </summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default, bool force = false)
    {
        if (!force && Volatile.Read(ref _created) == 1) return;
        var markers = Table(TableNames.Feeds);
        if (!force && await LayoutMarkedAsync(markers, cancellationToken).ConfigureAwait(false))
        {
            Volatile.Write(ref _created, 1);
            return;
        }
        var tasks = new List<Task>();
        foreach (var q in Queues)
        {
            tasks.Add(Queue(q).CreateIfNotExistsAsync(cancellationToken: cancellationToken));
            tasks.Add(Queue(QueueNames.Poison(q)).CreateIfNotExistsAsync(cancellationToken: cancellationToken));
        }
        foreach (var t in TableNames.All)
        {
            tasks.Add(CreateTableAsync(Table(t), cancellationToken));
        }
        await Task.WhenAll(tasks).ConfigureAwait(false);
        await markers.UpsertEntityAsync(new TableEntity(LayoutPartition, Layout), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _created, 1);
    }

    /// <summary>The partition of the layout markers, in the feeds table; feed state rows live in their own partition.</summary>
    public const string LayoutPartition = "~layout";

    /// <summary>The storage layout's name: every queue and table name, so that any change makes a new marker.</summary>
    public static readonly string Layout = string.Join(",", Queues.Concat(TableNames.All));

    private static async Task<bool> LayoutMarkedAsync(TableClient markers, CancellationToken cancellationToken)
    {
        try
        {
            return (await markers.GetEntityIfExistsAsync<TableEntity>(LayoutPartition, Layout, cancellationToken: cancellationToken).ConfigureAwait(false)).HasValue;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false; // no feeds table yet: a new account
        }
    }

    // Not CreateIfNotExistsAsync: it writes its request body with reflection-based JSON, which the Native AOT
    // handler does not have. CreateAsync writes it with compiled code; an existing table answers 409.
    private static async Task CreateTableAsync(TableClient table, CancellationToken cancellationToken)
    {
        try
        {
            await table.CreateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
        }
    }

    /// <summary>Plain-text messages, as host.json's messageEncoding "none" tells the host to read them.</summary>
    private static QueueClientOptions QueueOptions() => new() { MessageEncoding = QueueMessageEncoding.None };

    private static Uri ServiceUri(IConfiguration configuration, string service, string account) =>
        configuration[$"AzureWebJobsStorage:{service}ServiceUri"] is { Length: > 0 } uri
            ? new Uri(uri)
            : new Uri($"https://{account}.{service}.core.windows.net");
}

public static class TableNames
{
    public const string Feeds = "feeds";
    public const string Seen = "seen";
    public const string Alerts = "alerts";
    public const string Stories = "stories";
    public const string StoryIndex = "storyindex";
    public const string Subscribers = "subscribers";
    public const string Cursors = "cursors";
    public const string Ledger = "ledger";
    public const string SentStories = "sentstories";
    public const string Nonces = "nonces";

    public static readonly string[] All = [Feeds, Seen, Alerts, Stories, StoryIndex, Subscribers, Cursors, Ledger, SentStories, Nonces];
}
