using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Alerts.Cli.Runner;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Moq;

namespace Alerts.Tests.Runner;

/// <summary>The pump's drain against an in-memory queue: the host's concurrency, every message once, deleted on success.</summary>
public sealed class QueueTriggerPumpTests
{
    private static readonly FunctionDefinition Function = new("AnalyzeItem",
        new BindingDefinition("queueTrigger", "in", "message", new JsonObject { ["queueName"] = "items" }), [], "AnalyzeItem");

    private sealed class FakeQueue
    {
        private readonly ConcurrentQueue<string> _visible = new();
        public readonly ConcurrentDictionary<string, string> Deleted = new();
        public readonly Mock<QueueClient> Client = new();
        private int _id;

        public FakeQueue(int messages)
        {
            for (var i = 0; i < messages; i++) _visible.Enqueue("m" + i);
            Client.Setup(q => q.ReceiveMessagesAsync(It.IsAny<int?>(), It.IsAny<TimeSpan?>(), It.IsAny<CancellationToken>()))
                .ReturnsAsync((int? max, TimeSpan? _, CancellationToken _) =>
                {
                    var taken = new List<QueueMessage>();
                    while (taken.Count < (max ?? 1) && _visible.TryDequeue(out var text))
                    {
                        var id = "id" + Interlocked.Increment(ref _id);
                        taken.Add(QueuesModelFactory.QueueMessage(id, "pop-" + id, text, 1, insertedOn: DateTimeOffset.UtcNow));
                    }
                    return Response.FromValue(taken.ToArray(), Mock.Of<Response>());
                });
            Client.Setup(q => q.DeleteMessageAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
                .ReturnsAsync((string id, string _, CancellationToken _) =>
                {
                    Deleted[id] = id;
                    return Mock.Of<Response>();
                });
        }
    }

    [Fact]
    public async Task Drain_keeps_up_to_batch_size_plus_threshold_invocations_running_and_takes_every_message_once()
    {
        var queue = new FakeQueue(100);
        var settings = new QueueSettings(BatchSize: 8, NewBatchThreshold: 4, MaxDequeueCount: 5, VisibilityTimeout: TimeSpan.FromSeconds(1), MaxPollingInterval: TimeSpan.FromSeconds(1));
        var running = 0;
        var peak = 0;
        var seen = new ConcurrentBag<string>();
        var secondBatchStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pump = new QueueTriggerPump(Function, queue.Client.Object, Mock.Of<QueueClient>(), settings, async (_, data, _, _) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            var text = data["message"]!.GetValue<string>();
            seen.Add(text);
            if (seen.Count >= 16) secondBatchStarted.TrySetResult();
            // Half of the first batch is slow: a pump that waited for the whole batch would never see the second one.
            var index = int.Parse(text[1..], System.Globalization.CultureInfo.InvariantCulture);
            if (index is >= 4 and < 8) await secondBatchStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
            else await Task.Delay(20);
            Interlocked.Decrement(ref running);
            return new InvocationResult(true, 200, null, [], null, null, 5);
        }, new RunnerLog(TextWriter.Null), TimeSpan.FromMinutes(1));

        var taken = await pump.DrainAsync(CancellationToken.None);

        Assert.Equal(100, taken);
        Assert.Equal(100, seen.Distinct().Count());
        Assert.Equal(100, queue.Deleted.Count);
        Assert.InRange(peak, 9, 12); // the second batch came in while the slow half of the first still ran, never more than 8 + 4 at once
    }

    [Fact]
    public async Task Drain_of_an_empty_queue_returns_at_once()
    {
        var queue = new FakeQueue(0);
        var pump = new QueueTriggerPump(Function, queue.Client.Object, Mock.Of<QueueClient>(), new QueueSettings(16, 8, 5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)),
            (_, _, _, _) => throw new InvalidOperationException("nothing to invoke"), new RunnerLog(TextWriter.Null), TimeSpan.FromMinutes(1));
        Assert.Equal(0, await pump.DrainAsync(CancellationToken.None));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
