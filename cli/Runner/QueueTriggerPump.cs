using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Alerts.Cli.Runner;

/// <summary>
/// A queue trigger as the host runs it: receive up to batchSize messages under a lease, invoke the function
/// for each, delete on success, make the message visible again after visibilityTimeout on failure, and move it
/// to {queue}-poison once it has failed maxDequeueCount times.
/// </summary>
public sealed class QueueTriggerPump(FunctionDefinition function, QueueClient queue, QueueClient poison, QueueSettings settings,
    Func<FunctionDefinition, JsonObject, JsonObject, CancellationToken, Task<InvocationResult>> invoke, RunnerLog log, TimeSpan lease)
{
    public string QueueName => queue.Name;

    /// <summary>One receive-and-process round; returns how many messages it took.</summary>
    public async Task<int> PumpOnceAsync(CancellationToken ct)
    {
        QueueMessage[] messages = (await queue.ReceiveMessagesAsync(Math.Clamp(settings.BatchSize, 1, 32), lease, ct).ConfigureAwait(false)).Value;
        if (messages.Length == 0) return 0;
        await Task.WhenAll(messages.Select(m => ProcessAsync(m, ct))).ConfigureAwait(false);
        return messages.Length;
    }

    /// <summary>
    /// Processes messages until the queue shows none and none is in flight. Like the host, it receives the next batch as
    /// soon as no more than newBatchThreshold invocations are still running, so up to batchSize + newBatchThreshold run
    /// at once and one slow invocation does not hold back a whole batch. Returns how many messages it took.
    /// </summary>
    public async Task<int> DrainAsync(CancellationToken ct)
    {
        var inFlight = new List<Task>();
        var taken = 0;
        try
        {
            while (true)
            {
                if (inFlight.Count <= Math.Max(0, settings.NewBatchThreshold))
                {
                    QueueMessage[] messages = (await queue.ReceiveMessagesAsync(Math.Clamp(settings.BatchSize, 1, 32), lease, ct).ConfigureAwait(false)).Value;
                    if (messages.Length > 0)
                    {
                        taken += messages.Length;
                        inFlight.AddRange(messages.Select(m => ProcessAsync(m, ct)));
                        continue;
                    }
                    if (inFlight.Count == 0) return taken;
                }
                var done = await Task.WhenAny(inFlight).ConfigureAwait(false);
                inFlight.Remove(done);
                await done.ConfigureAwait(false);
            }
        }
        catch (Exception) when (inFlight.Count > 0)
        {
            // A failure above leaves the other invocations running: let them finish, so none outlives the drain, then report the first failure.
            await Task.WhenAll(inFlight).ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }
    }

    public async Task RunAsync(CancellationToken ct)
    {
        var idle = TimeSpan.FromMilliseconds(100);
        while (!ct.IsCancellationRequested)
        {
            int taken;
            try
            {
                taken = await PumpOnceAsync(ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.Warn($"queue {queue.Name}: receive failed ({ex.GetBaseException().Message}); retrying");
                taken = 0;
                idle = settings.MaxPollingInterval;
            }
            if (taken > 0)
            {
                idle = TimeSpan.FromMilliseconds(100);
                continue;
            }
            try { await Task.Delay(idle, ct).ConfigureAwait(false); }
            catch (OperationCanceledException) { return; }
            // Empty queue: back off up to maxPollingInterval, as the host does.
            idle = TimeSpan.FromTicks(Math.Min(settings.MaxPollingInterval.Ticks, idle.Ticks * 2));
        }
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken ct)
    {
        if (message.DequeueCount > settings.MaxDequeueCount)
        {
            // Already failed too often (its handler crashed mid-run, say): no further invocation.
            await MoveToPoisonAsync(message, message.PopReceipt, "dequeue count above maxDequeueCount", ct).ConfigureAwait(false);
            return;
        }
        var data = new JsonObject { [function.Trigger.Name] = message.MessageText };
        var metadata = new JsonObject
        {
            ["DequeueCount"] = message.DequeueCount,
            ["Id"] = message.MessageId,
            ["InsertionTime"] = message.InsertedOn?.ToString("O"),
            ["ExpirationTime"] = message.ExpiresOn?.ToString("O"),
            ["NextVisibleTime"] = message.NextVisibleOn?.ToString("O"),
            ["PopReceipt"] = message.PopReceipt,
            ["sys"] = new JsonObject { ["MethodName"] = function.Name, ["UtcNow"] = DateTime.UtcNow.ToString("O"), ["RandGuid"] = Guid.NewGuid().ToString() },
        };
        // Like the host, keep the message invisible while its invocation runs, however long that takes: otherwise it
        // would reappear after the lease and a second invocation (of this pump or another runner) would take it.
        var receipt = new StrongBox<string>(message.PopReceipt);
        using var renewing = new CancellationTokenSource();
        var renewal = RenewLeaseAsync(message.MessageId, receipt, renewing.Token);
        InvocationResult result;
        try
        {
            result = await invoke(function, data, metadata, ct).ConfigureAwait(false);
        }
        finally
        {
            await renewing.CancelAsync().ConfigureAwait(false);
            await renewal.ConfigureAwait(false);
        }
        if (result.Succeeded)
        {
            await DeleteAsync(message.MessageId, receipt.Value!, ct).ConfigureAwait(false);
            return;
        }
        if (message.DequeueCount >= settings.MaxDequeueCount)
        {
            await MoveToPoisonAsync(message, receipt.Value!, result.Error ?? "failed", ct).ConfigureAwait(false);
            return;
        }
        await queue.UpdateMessageAsync(message.MessageId, receipt.Value, visibilityTimeout: settings.VisibilityTimeout, cancellationToken: ct).ConfigureAwait(false);
    }

    /// <summary>Every half lease, extends the message's invisibility by a lease and keeps the new pop receipt.</summary>
    private async Task RenewLeaseAsync(string messageId, StrongBox<string> receipt, CancellationToken stop)
    {
        while (true)
        {
            try { await Task.Delay(lease / 2, stop).ConfigureAwait(false); }
            catch (OperationCanceledException) { return; }
            try
            {
                // Not cancelled by stop: an update the service applied must not leave us holding the old receipt.
                var updated = await queue.UpdateMessageAsync(messageId, receipt.Value, visibilityTimeout: lease, cancellationToken: CancellationToken.None).ConfigureAwait(false);
                receipt.Value = updated.Value.PopReceipt;
            }
            catch (RequestFailedException ex)
            {
                log.Warn($"queue {queue.Name}: could not extend the lease of message {messageId} ({ex.ErrorCode ?? ex.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
                return;
            }
        }
    }

    /// <summary>A message whose lease was lost (another receiver holds it now) cannot be deleted; that receiver finishes it.</summary>
    private async Task DeleteAsync(string messageId, string popReceipt, CancellationToken ct)
    {
        try
        {
            await queue.DeleteMessageAsync(messageId, popReceipt, ct).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 400 or 404)
        {
            log.Warn($"queue {queue.Name}: message {messageId} was no longer ours to delete ({ex.ErrorCode ?? ex.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)}); its other receiver completes it");
        }
    }

    private async Task MoveToPoisonAsync(QueueMessage message, string popReceipt, string reason, CancellationToken ct)
    {
        await poison.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
        await poison.SendMessageAsync(message.MessageText, ct).ConfigureAwait(false);
        await DeleteAsync(message.MessageId, popReceipt, ct).ConfigureAwait(false);
        log.Error($"Message {message.MessageId} from '{queue.Name}' moved to '{poison.Name}' after {message.DequeueCount} attempt(s): {reason}");
    }
}
