using System.Diagnostics;
using System.Text.Json;
using Alerts.Cli.Demo;
using Alerts.Pipeline;
using Alerts.Storage;
using Alerts.Subscribers;

namespace Alerts.Cli.Faults;

/// <summary>
/// One fault against a private live stack (Azurite, maildev, sample site, webhook receiver, runner and handler):
/// inject it, let the pipeline recover, then count from the sinks what was lost and what was duplicated.
/// The integration tests and ./alerts bench faults run the same scenarios.
/// </summary>
public abstract class FaultScenario
{
    public abstract string Name { get; }

    /// <summary>Short leases and retry delays, so that a scenario recovers in seconds rather than minutes.</summary>
    protected virtual StackOptions Configure(StackOptions options) => options with
    {
        MessageLease = TimeSpan.FromSeconds(3),
        RetryDelayOverride = TimeSpan.FromMilliseconds(500),
        ExtraSettings = new Dictionary<string, string>
        {
            ["Deliver:FirstRetrySeconds"] = "1", ["Deliver:MaxRetrySeconds"] = "3", ["Deliver:ClaimLeaseSeconds"] = "5",
        },
    };

    /// <summary>Injects the fault and waits for recovery; returns the time from the end of the fault to a recovered pipeline.</summary>
    protected abstract Task<TimeSpan> InjectAndRecoverAsync(FaultRun run);

    public async Task<FaultResult> RunAsync(TextWriter log)
    {
        var work = Directory.CreateTempSubdirectory("alerts-fault-").FullName;
        var capture = new CapturingWriter(log);
        var options = Configure(new StackOptions { WorkDir = work, OutDir = null, SharedDevServices = false, Log = capture, VerboseHandler = true });
        try
        {
            await using var stack = await PipelineStack.StartAsync(options).ConfigureAwait(false);
            var run = new FaultRun(stack, capture);
            await run.AddEmailAsync("reader@example.org").ConfigureAwait(false);
            await run.AddTeamsAsync("desk").ConfigureAwait(false);
            var recovery = await InjectAndRecoverAsync(run).ConfigureAwait(false);
            var (expected, delivered, lost, duplicated, stories) = await DeliveryCount.CountAsync(stack, run.Recipients, capture).ConfigureAwait(false);
            if (stories == 0) run.Problems.Add("no flagged story in the store: nothing was measured");
            return new FaultResult(Name, expected, delivered, lost, duplicated, recovery, run.Problems);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}

/// <summary>The live stack of one scenario, its recipients, and the problems found on the way.</summary>
public sealed class FaultRun(PipelineStack stack, CapturingWriter log)
{
    private static readonly DateTimeOffset Confirmed = DateTimeOffset.UtcNow.AddDays(-1);
    private readonly List<Recipient> _recipients = [];

    public PipelineStack Stack { get; } = stack;
    public CapturingWriter Log { get; } = log;
    public List<string> Problems { get; } = [];
    public IReadOnlyList<Recipient> Recipients => _recipients;
    public Dictionary<string, string> SubscriberIds { get; } = [];

    public async Task AddEmailAsync(string address)
    {
        SubscriberIds[address] = await Stack.EnsureSubscriberAsync(Channel.Email, address, address, new SubscriberPreferences { Cadence = "hourly" }, Confirmed).ConfigureAwait(false);
        _recipients.Add(Recipient.Email(address));
    }

    /// <summary>A Teams channel; <paramref name="expectDelivery"/> false for a channel that is meant to fail.</summary>
    public async Task AddTeamsAsync(string channel, Uri? webhook = null, bool expectDelivery = true)
    {
        SubscriberIds[channel] = await Stack.EnsureSubscriberAsync(Channel.Teams, (webhook ?? Stack.Teams.Webhook(channel)).AbsoluteUri, channel,
            new SubscriberPreferences { Cadence = "hourly" }, Confirmed).ConfigureAwait(false);
        if (expectDelivery) _recipients.Add(Recipient.Webhook(channel));
    }

    public void Check(bool condition, string problem)
    {
        if (!condition) Problems.Add(problem);
    }

    /// <summary>Fires every timer but the digest one: the feeds due are queued.</summary>
    public async Task FireFetchTimersAsync()
    {
        foreach (var t in Stack.Runner.Timers().Where(t => t.Name != "SendDigests")) await Stack.Runner.FireTimerAsync(t, default).ConfigureAwait(false);
    }

    public async Task SendDigestsAsync()
    {
        foreach (var t in Stack.Runner.Timers().Where(t => t.Name == "SendDigests")) await Stack.Runner.FireTimerAsync(t, default).ConfigureAwait(false);
        await Stack.Runner.DrainAsync().ConfigureAwait(false);
    }

    /// <summary>Drains in the background until <paramref name="when"/> holds, then applies the fault and stops draining.</summary>
    public async Task InterruptDrainAsync(Func<bool> when, Action fault, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource();
        var drain = Task.Run(() => Stack.Runner.DrainAsync(cts.Token));
        var deadline = Stopwatch.StartNew();
        while (!when() && !drain.IsCompleted && deadline.Elapsed < timeout) await Task.Delay(10).ConfigureAwait(false);
        Check(!drain.IsCompleted, "the queues drained before the fault could be applied");
        fault();
        await cts.CancelAsync().ConfigureAwait(false);
        try { await drain.ConfigureAwait(false); }
        catch (Exception ex) { Log.WriteLine($"drain stopped by the fault: {ex.GetType().Name}: {ex.GetBaseException().Message}"); }
    }

    /// <summary>Drains until the fetch and analyse queues hold nothing, visible or leased (messages from a crash come back after their lease).</summary>
    public async Task SettleAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            try
            {
                await Stack.Runner.DrainAsync().ConfigureAwait(false);
                if (await CountAsync(QueueNames.FeedsDue).ConfigureAwait(false) + await CountAsync(QueueNames.Items).ConfigureAwait(false) == 0) return;
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or IOException)
            {
                Log.WriteLine("storage not back yet: " + ex.GetBaseException().Message);
            }
            await Task.Delay(500).ConfigureAwait(false);
        }
        Problems.Add($"the fetch and analyse queues did not empty within {timeout.TotalSeconds:0}s");
    }

    /// <summary>Drains deliveries until <paramref name="done"/> holds (retries wait out their delay).</summary>
    public async Task<bool> WaitAsync(Func<Task<bool>> done, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            await Stack.Runner.DrainAsync().ConfigureAwait(false);
            if (await done().ConfigureAwait(false)) return true;
            await Task.Delay(250).ConfigureAwait(false);
        }
        return false;
    }

    public async Task<int> CountAsync(string queue) =>
        (await Stack.Runner.Storage.Queue(queue).GetPropertiesAsync().ConfigureAwait(false)).Value.ApproximateMessagesCount;

    public async Task<int> EmailsToAsync(string address) =>
        (await Stack.MailDev.ListEmailsAsync().ConfigureAwait(false)).Count(e => DeliveryCount.To(e) == address);

    public Task EnqueueFeedDueAsync(string sourceId) =>
        Stack.Runner.Storage.Queue(QueueNames.FeedsDue).SendMessageAsync(JsonSerializer.Serialize(new FeedDueMessage(sourceId, DateTimeOffset.UtcNow), PipelineJson.Options));
}

/// <summary>Forwards log lines and keeps them, so that a scenario can check what was logged.</summary>
public sealed class CapturingWriter(TextWriter inner) : TextWriter
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    public IReadOnlyList<string> Lines => _lines.ToList();

    public override void WriteLine(string? value)
    {
        _lines.Enqueue(value ?? "");
        lock (inner) inner.WriteLine(value);
    }
}
