using System.Diagnostics;
using Alerts.Cli.Demo;

namespace Alerts.Cli.Faults;

/// <summary>Azurite stopped while the feeds are being fetched, restarted from its on-disk data: the pipeline resumes.</summary>
public sealed class AzuriteRestartScenario : FaultScenario
{
    public override string Name => "storage stopped mid-run, restarted";

    protected override StackOptions Configure(StackOptions options) =>
        base.Configure(options) with { AzuriteLocation = Path.Combine(options.WorkDir, "azurite-data") };

    protected override async Task<TimeSpan> InjectAndRecoverAsync(FaultRun run)
    {
        var stack = run.Stack;
        await run.FireFetchTimersAsync();
        await run.InterruptDrainAsync(() => stack.Site.Requests >= 2, stack.Azurite.Stop, TimeSpan.FromSeconds(30));
        await Task.Delay(1000);
        var recovery = Stopwatch.StartNew();
        await stack.Azurite.RestartAsync();
        await run.SettleAsync(TimeSpan.FromSeconds(40));
        await run.SendDigestsAsync();
        await run.WaitAsync(async () => await run.EmailsToAsync("reader@example.org") > 0 && stack.Teams.Posts.Count > 0, TimeSpan.FromSeconds(20));
        return recovery.Elapsed;
    }
}

/// <summary>The handler process killed while it works through the fetch queue: the message comes back after its lease.</summary>
public sealed class HandlerCrashScenario : FaultScenario
{
    public override string Name => "handler killed mid-message";

    protected override async Task<TimeSpan> InjectAndRecoverAsync(FaultRun run)
    {
        var stack = run.Stack;
        await run.FireFetchTimersAsync();
        await run.InterruptDrainAsync(() => stack.Site.Requests >= 1, stack.Runner.Handler.Kill, TimeSpan.FromSeconds(30));
        var recovery = Stopwatch.StartNew();
        await stack.Runner.RestartHandlerAsync();
        await run.SettleAsync(TimeSpan.FromSeconds(40));
        await run.SendDigestsAsync();
        await run.WaitAsync(async () => await run.EmailsToAsync("reader@example.org") > 0 && stack.Teams.Posts.Count > 0, TimeSpan.FromSeconds(20));
        return recovery.Elapsed;
    }
}

/// <summary>The whole local runner (host stand-in and handler) stopped between cycles: nothing re-sent, feeds answered 304.</summary>
public sealed class RunnerRestartScenario : FaultScenario
{
    public override string Name => "runner restarted between cycles";

    protected override async Task<TimeSpan> InjectAndRecoverAsync(FaultRun run)
    {
        var stack = run.Stack;
        await stack.Runner.RunCycleAsync();
        var states = await new Alerts.Storage.FeedStateStore(stack.Runner.Storage.Table(Alerts.Storage.TableNames.Feeds)).ListAsync();
        var fetched = states.Where(s => s.Health.LastStatus == 200).Select(s => s.SourceId).ToList();
        run.Check(fetched.Count > 0, "no feed was fetched with 200 in the first cycle");
        var emails = await run.EmailsToAsync("reader@example.org");
        var posts = stack.Teams.Posts.Count;

        await stack.RestartRunnerAsync();
        var recovery = Stopwatch.StartNew();
        foreach (var id in fetched) await run.EnqueueFeedDueAsync(id);
        await stack.Runner.RunCycleAsync();
        var after = (await new Alerts.Storage.FeedStateStore(stack.Runner.Storage.Table(Alerts.Storage.TableNames.Feeds)).ListAsync()).ToDictionary(s => s.SourceId);
        foreach (var id in fetched)
        {
            run.Check(after[id].Health.LastStatus == 304, $"{id} was fetched in full after the restart (status {after[id].Health.LastStatus}, not 304)");
        }
        run.Check(await run.EmailsToAsync("reader@example.org") == emails, "an email was sent again after the restart");
        run.Check(stack.Teams.Posts.Count == posts, "a card was posted again after the restart");
        return recovery.Elapsed;
    }
}
