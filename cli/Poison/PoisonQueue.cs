using Alerts.Pipeline;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Alerts.Cli.Poison;

/// <summary>A poison message as the operator sees it; the body is kept byte for byte.</summary>
public sealed record PoisonMessage(string Id, DateTimeOffset? InsertedOn, long DequeueCount, BinaryData Body)
{
    public string Text => Body.ToString();
}

/// <summary>A failure the operator must act on; the command prints its message as one line and exits 1.</summary>
public sealed class PoisonCommandException(string message) : Exception(message);

/// <summary>
/// One queue and its poison twin. Listing peeks (it changes nothing); requeue and drop receive messages to own
/// them, then move or delete them. A requeued message is sent to the source queue before it leaves the poison
/// queue, so a crash in between leaves a copy in both places rather than none (the pipeline is idempotent).
/// </summary>
public sealed class PoisonQueue
{
    /// <summary>The most the queue service lets one peek or receive return.</summary>
    public const int PageSize = 32;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly QueueClient _source;
    private readonly QueueClient _poison;

    public PoisonQueue(QueueServiceClient service, string queue)
    {
        SourceName = SourceOf(queue);
        PoisonName = QueueNames.Poison(SourceName);
        _source = service.GetQueueClient(SourceName);
        _poison = service.GetQueueClient(PoisonName);
    }

    public string SourceName { get; }
    public string PoisonName { get; }

    /// <summary>"items" and "items-poison" both name the items queue and its poison queue.</summary>
    public static string SourceOf(string queue)
    {
        var name = queue.Trim().ToLowerInvariant();
        if (name.EndsWith("-poison", StringComparison.Ordinal)) name = name[..^"-poison".Length];
        if (name.Length < 3 || name.Length > 56 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new PoisonCommandException($"'{queue}' is not a queue name (the pipeline's queues: {string.Join(", ", Alerts.Storage.StorageClients.Queues)}).");
        }
        return name;
    }

    public async Task<bool> ExistsAsync(CancellationToken ct) => (await _poison.ExistsAsync(ct).ConfigureAwait(false)).Value;

    public async Task<int> CountAsync(CancellationToken ct) =>
        await ExistsAsync(ct).ConfigureAwait(false) ? (await _poison.GetPropertiesAsync(ct).ConfigureAwait(false)).Value.ApproximateMessagesCount : 0;

    /// <summary>The first messages (oldest first), without changing them.</summary>
    public async Task<IReadOnlyList<PoisonMessage>> PeekAsync(CancellationToken ct)
    {
        if (!await ExistsAsync(ct).ConfigureAwait(false)) return [];
        var peeked = (await _poison.PeekMessagesAsync(PageSize, ct).ConfigureAwait(false)).Value;
        return peeked.Select(m => new PoisonMessage(m.MessageId, m.InsertedOn, m.DequeueCount, m.Body)).ToList();
    }

    /// <summary>One message by id: peeked when among the first page, else found by receiving and released at once.</summary>
    public async Task<PoisonMessage> FindAsync(string id, CancellationToken ct)
    {
        var peeked = (await PeekAsync(ct).ConfigureAwait(false)).FirstOrDefault(m => m.Id == id);
        if (peeked is not null) return peeked;
        PoisonMessage? found = null;
        await ScanAsync(id, m =>
        {
            found = new PoisonMessage(m.MessageId, m.InsertedOn, m.DequeueCount, m.Body);
            return Task.FromResult(false);
        }, ct).ConfigureAwait(false);
        return found ?? throw NotFound(id);
    }

    /// <summary>Moves the chosen messages (one id, or all when <paramref name="id"/> is null) back to the source queue.</summary>
    public async Task<IReadOnlyList<string>> RequeueAsync(string? id, CancellationToken ct)
    {
        await _source.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
        var moved = await ScanAsync(id, async m =>
        {
            await _source.SendMessageAsync(m.Body, cancellationToken: ct).ConfigureAwait(false);
            await _poison.DeleteMessageAsync(m.MessageId, m.PopReceipt, ct).ConfigureAwait(false);
            return true;
        }, ct).ConfigureAwait(false);
        if (id is not null && moved.Count == 0) throw NotFound(id);
        return moved;
    }

    /// <summary>Deletes the chosen messages (one id, or all when <paramref name="id"/> is null).</summary>
    public async Task<IReadOnlyList<string>> DropAsync(string? id, CancellationToken ct)
    {
        var dropped = await ScanAsync(id, async m =>
        {
            await _poison.DeleteMessageAsync(m.MessageId, m.PopReceipt, ct).ConfigureAwait(false);
            return true;
        }, ct).ConfigureAwait(false);
        if (id is not null && dropped.Count == 0) throw NotFound(id);
        return dropped;
    }

    /// <summary>
    /// Receives the poison queue page by page under a lease, acts on every message (or the one with
    /// <paramref name="id"/>), and makes every other received message visible again at the end. Stops once that id was handled or the queue is
    /// exhausted. Returns the ids acted on.
    /// </summary>
    private async Task<List<string>> ScanAsync(string? id, Func<QueueMessage, Task<bool>> act, CancellationToken ct)
    {
        if (!await ExistsAsync(ct).ConfigureAwait(false)) throw new PoisonCommandException($"Queue {PoisonName} does not exist: no message was ever poisoned there.");
        var done = new List<string>();
        var held = new List<QueueMessage>();
        var finished = false;
        try
        {
            while (!finished)
            {
                var page = (await _poison.ReceiveMessagesAsync(PageSize, Lease, ct).ConfigureAwait(false)).Value;
                if (page.Length == 0) break;
                foreach (var m in page)
                {
                    if (finished || (id is not null && m.MessageId != id)) { held.Add(m); continue; }
                    if (await act(m).ConfigureAwait(false)) done.Add(m.MessageId);
                    else held.Add(m);
                    // A lookup by id stops at its message; "all" goes on until the queue is empty.
                    finished = id is not null;
                }
            }
        }
        finally
        {
            foreach (var m in held)
            {
                try { await _poison.UpdateMessageAsync(m.MessageId, m.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: CancellationToken.None).ConfigureAwait(false); }
                catch (RequestFailedException) { } // the lease runs out by itself within two minutes
            }
        }
        return done;
    }

    private PoisonCommandException NotFound(string id) => new($"No message with id {id} in {PoisonName}.");
}
