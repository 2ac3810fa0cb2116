using System.CommandLine;
using System.Text.Json;
using Alerts.Cli.Demo;
using Alerts.Storage;
using Alerts.Subscribers;

namespace Alerts.Cli.Commands;

/// <summary>
/// ./alerts demo [--once] [--fresh]: the whole pipeline on this machine. Starts Azurite and maildev if they are
/// not running, serves the sample feeds on loopback, seeds an email subscriber and a Teams channel, and runs
/// the functions through the local runner: one cycle with --once, or like the real host until Ctrl-C.
/// </summary>
public sealed class DemoCommand : ICliCommand
{
    public Command Build()
    {
        var once = new Option<bool>("--once") { Description = "Run one full cycle (schedule, fetch, analyze, digest, deliver), print a summary and exit." };
        var fresh = new Option<bool>("--fresh") { Description = "Forget what earlier demo runs stored (seen items, stories, deliveries) first." };
        var port = new Option<int>("--port") { Description = "Port of the HTTP functions (health, subscribe, ...).", DefaultValueFactory = _ => 7071 };
        var quiet = new Option<bool>("--quiet") { Description = "Hide the handler's own log lines." };
        var command = new Command("demo", "Run the pipeline locally on Azurite and maildev with the bundled sample feeds.") { once, fresh, port, quiet };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(once), parse.GetValue(fresh), parse.GetValue(port), parse.GetValue(quiet), ct));
        return command;
    }

    private static async Task<int> RunAsync(bool once, bool fresh, int port, bool quiet, CancellationToken ct)
    {
        var work = Path.Combine(RepoPaths.Root, ".alerts", "demo");
        var outDir = RepoPaths.Out("demo");
        Directory.CreateDirectory(outDir);
        foreach (var old in Directory.GetFiles(outDir, "teams-*.json")) File.Delete(old);
        await using var stack = await PipelineStack.StartAsync(new StackOptions
        {
            WorkDir = work, OutDir = outDir, SharedDevServices = true, HttpPort = port, VerboseHandler = !quiet,
        });
        Console.WriteLine($"Azurite: {(stack.StartedAzurite ? "started" : "already running")} on 127.0.0.1:10000-10002 (data in {Path.Combine(work, "azurite")})");
        Console.WriteLine($"maildev: {(stack.StartedMailDev ? "started" : "already running")}; read the mail at {stack.MailDev.WebUrl}");
        Console.WriteLine($"sample site: {stack.Site.BaseAddress}   Teams receiver: {stack.Teams.Webhook("newsroom")}");
        if (fresh) await ResetAsync(stack.Runner.Storage);

        var since = DateTimeOffset.UtcNow;
        await stack.EnsureSubscriberAsync(Channel.Email, "analyst@alerts.local", "Demo analyst",
            new SubscriberPreferences { Cadence = "hourly", TimeZone = "Europe/Vilnius" }, since - TimeSpan.FromDays(1));
        await stack.EnsureSubscriberAsync(Channel.Teams, stack.Teams.Webhook("newsroom").AbsoluteUri, "Newsroom channel",
            new SubscriberPreferences { Cadence = "hourly" }, since - TimeSpan.FromDays(1));
        var emailsBefore = (await stack.MailDev.ListEmailsAsync(ct)).Count;

        if (!once)
        {
            Console.WriteLine($"Running like the Functions host; health at {stack.Runner.HttpBaseAddress}api/health. Ctrl-C to stop.");
            await stack.Runner.RunCycleAsync(ct);
            try { await stack.Runner.RunAsync(ct); }
            catch (OperationCanceledException) { }
            return 0;
        }

        await stack.Runner.RunCycleAsync(ct);
        var summary = await DemoSummary.CollectAsync(stack, since, emailsBefore, 0);
        await SaveLatestEmailAsync(stack, outDir, emailsBefore, ct);
        Console.WriteLine();
        Console.WriteLine(summary);
        Console.WriteLine($"output: {outDir} (digest-email.html, digest-email.txt, teams-*.json); mail UI: {stack.MailDev.WebUrl}");
        return 0;
    }

    /// <summary>The digest as the subscriber received it, fetched back from maildev's REST API.</summary>
    private static async Task SaveLatestEmailAsync(PipelineStack stack, string outDir, int before, CancellationToken ct)
    {
        var emails = await stack.MailDev.ListEmailsAsync(ct);
        if (emails.Count <= before) return;
        var latest = emails[^1];
        if (latest.TryGetProperty("html", out var html) && html.ValueKind == JsonValueKind.String)
        {
            await File.WriteAllTextAsync(Path.Combine(outDir, "digest-email.html"), html.GetString(), ct);
        }
        if (latest.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
        {
            await File.WriteAllTextAsync(Path.Combine(outDir, "digest-email.txt"), text.GetString(), ct);
        }
    }

    private static async Task ResetAsync(StorageClients storage)
    {
        foreach (var table in TableNames.All) await storage.Table(table).DeleteAsync();
        foreach (var queue in StorageClients.Queues)
        {
            await storage.Queue(queue).ClearMessagesAsync();
            await storage.Queue(Alerts.Pipeline.QueueNames.Poison(queue)).ClearMessagesAsync();
        }
        await storage.EnsureCreatedAsync(force: true);
        Console.WriteLine("Forgot earlier runs: tables dropped, queues cleared.");
    }
}
