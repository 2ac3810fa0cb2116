using System.Diagnostics;
using Alerts.Storage;
using Alerts.Subscribers;
using Microsoft.AspNetCore.Http;

namespace Alerts.Cli.Faults;

/// <summary>The SMTP server down for several digest cycles, then back: the pending digest goes out once, and only then does the cursor move.</summary>
public sealed class SmtpDownScenario : FaultScenario
{
    public override string Name => "SMTP down for 3 cycles";

    protected override async Task<TimeSpan> InjectAndRecoverAsync(FaultRun run)
    {
        var stack = run.Stack;
        var state = new DeliveryStateStore(stack.Runner.Storage.Table(TableNames.Cursors), stack.Runner.Storage.Table(TableNames.Ledger),
            stack.Runner.Storage.Table(TableNames.SentStories), TimeProvider.System);
        var reader = run.SubscriberIds["reader@example.org"];
        stack.MailDev.Kill();
        await stack.Runner.RunCycleAsync();
        var first = await state.GetCursorAsync(reader);
        for (var cycle = 0; cycle < 3; cycle++)
        {
            await Task.Delay(1500);
            await stack.Runner.DrainAsync();
            await run.SendDigestsAsync();
        }
        var pending = await state.GetCursorAsync(reader);
        run.Check(pending?.PendingKey is not null, "no digest is pending for the email subscriber while SMTP is down");
        run.Check(pending is not null && pending.Cursor == first?.Cursor, "the email cursor moved while SMTP was down");
        run.Check(stack.Teams.Posts.Count == 1, $"the Teams channel got {stack.Teams.Posts.Count} cards while SMTP was down, not 1");

        var recovery = Stopwatch.StartNew();
        await stack.MailDev.RestartAsync();
        var sent = await run.WaitAsync(async () => await run.EmailsToAsync("reader@example.org") > 0, TimeSpan.FromSeconds(30));
        var elapsed = recovery.Elapsed;
        run.Check(sent, "the pending digest was not sent within 30s of SMTP coming back");
        await Task.Delay(1500);
        await run.SendDigestsAsync();
        var after = await state.GetCursorAsync(reader);
        run.Check(after is { PendingKey: null } && after.Cursor > (pending?.Cursor ?? default), "the email cursor did not advance after the digest was sent");
        return elapsed;
    }
}

/// <summary>Teams answers 429 with Retry-After, then 500, then 202: the card is posted once, after the wait.</summary>
public sealed class TeamsThrottledScenario : FaultScenario
{
    public const int RetryAfterSeconds = 2;

    public override string Name => "Teams 429 Retry-After, 500, 202";

    protected override async Task<TimeSpan> InjectAndRecoverAsync(FaultRun run)
    {
        var stack = run.Stack;
        DateTimeOffset? throttledAt = null;
        stack.Teams.Script(
            http =>
            {
                throttledAt = DateTimeOffset.UtcNow;
                http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            },
            _ => Results.StatusCode(StatusCodes.Status500InternalServerError));
        await stack.Runner.RunCycleAsync();
        var posted = await run.WaitAsync(() => Task.FromResult(stack.Teams.Posts.Count > 0), TimeSpan.FromSeconds(30));
        run.Check(posted, "the card was not posted within 30s");
        var recovery = posted && throttledAt is { } t ? stack.Teams.Posts[0].At - t : TimeSpan.Zero;
        run.Check(throttledAt is not null, "the receiver never answered 429");
        run.Check(recovery >= TimeSpan.FromSeconds(RetryAfterSeconds - 0.1), $"the card was posted {recovery.TotalSeconds:F1}s after the 429, before Retry-After");
        run.Check(stack.Teams.Attempts == 3, $"{stack.Teams.Attempts} POST attempts, expected 3 (429, 500, 202)");
        await Task.Delay(TimeSpan.FromSeconds(RetryAfterSeconds + 1));
        await stack.Runner.DrainAsync();
        return recovery;
    }
}

/// <summary>A webhook that answers 404 for good: that channel is marked failing; the others still receive.</summary>
public sealed class TeamsGoneScenario : FaultScenario
{
    public override string Name => "Teams webhook 404 for good";

    protected override async Task<TimeSpan> InjectAndRecoverAsync(FaultRun run)
    {
        var stack = run.Stack;
        await run.AddTeamsAsync("gone", new Uri(stack.Teams.BaseAddress, "removed-workflow/gone"), expectDelivery: false);
        var watch = Stopwatch.StartNew();
        await stack.Runner.RunCycleAsync();
        await run.WaitAsync(async () => (await stack.Subscribers().GetAsync(run.SubscriberIds["gone"]))?.Health == ChannelHealth.Failing, TimeSpan.FromSeconds(20));
        var gone = await stack.Subscribers().GetAsync(run.SubscriberIds["gone"]);
        run.Check(gone?.Health == ChannelHealth.Failing, $"the 404 channel is {gone?.Health}, not Failing");
        var attempts = stack.Teams.Attempts;
        await run.SendDigestsAsync();
        run.Check(stack.Teams.Attempts == attempts, "a failing channel was tried again by the next digest run");
        return watch.Elapsed;
    }
}
