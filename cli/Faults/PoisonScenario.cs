using System.Diagnostics;
using System.Text.Json;
using Alerts.Pipeline;

namespace Alerts.Cli.Faults;

/// <summary>
/// Two messages no retry can fix, among good ones: one that is not JSON, and a delivery whose subscriber id was
/// corrupted into characters a table key cannot hold (every attempt throws). Both land in their poison queue after
/// maxDequeueCount, with a log line naming the message and queue, and the good messages keep flowing.
/// </summary>
public sealed class PoisonScenario : FaultScenario
{
    public const string NotJson = "<item>this is not json</item>";

    public static readonly string CorruptDelivery = JsonSerializer.Serialize(new DeliveryMessage
    {
        DeliveryKey = "digest:corrupt-subscriber", SubscriberId = "sub/../../#?\u0001", Channel = DeliveryChannel.Email,
        WindowStart = DateTimeOffset.UnixEpoch, WindowEnd = DateTimeOffset.UnixEpoch.AddHours(1), StoryIds = ["s1"],
    }, PipelineJson.Options);

    public override string Name => "poison messages among good ones";

    protected override async Task<TimeSpan> InjectAndRecoverAsync(FaultRun run)
    {
        var stack = run.Stack;
        var storage = stack.Runner.Storage;
        var watch = Stopwatch.StartNew();
        var notJson = (await storage.Queue(QueueNames.Items).SendMessageAsync(NotJson)).Value.MessageId;
        var corrupt = (await storage.Queue(QueueNames.Deliveries).SendMessageAsync(CorruptDelivery)).Value.MessageId;
        await stack.Runner.RunCycleAsync();
        await run.WaitAsync(async () => await run.CountAsync(QueueNames.Poison(QueueNames.Items)) > 0 && await run.CountAsync(QueueNames.Poison(QueueNames.Deliveries)) > 0,
            TimeSpan.FromSeconds(60));
        await run.SettleAsync(TimeSpan.FromSeconds(10));
        await run.SendDigestsAsync();

        await Expect(run, QueueNames.Items, notJson, NotJson);
        await Expect(run, QueueNames.Deliveries, corrupt, CorruptDelivery);
        return watch.Elapsed;
    }

    private static async Task Expect(FaultRun run, string queue, string messageId, string text)
    {
        var poison = QueueNames.Poison(queue);
        var held = (await run.Stack.Runner.Storage.Queue(poison).PeekMessagesAsync(32)).Value.Select(m => m.MessageText).ToList();
        run.Check(held.Contains(text), $"'{poison}' does not hold the bad message (it holds {held.Count})");
        run.Check(held.Count == 1, $"'{poison}' holds {held.Count} messages, expected only the bad one");
        run.Check(run.Log.Lines.Any(l => l.Contains(messageId, StringComparison.Ordinal) && l.Contains($"moved to '{poison}'", StringComparison.Ordinal)),
            $"no log line names message {messageId} moved to '{poison}'");
        run.Check(await run.CountAsync(queue) == 0, $"'{queue}' still holds messages");
    }
}
