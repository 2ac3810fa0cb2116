using System.CommandLine;
using Alerts.Cli.Poison;

namespace Alerts.Cli.Commands;

/// <summary>./alerts poison list|show|requeue|drop QUEUE: inspect and resolve messages the host gave up on.</summary>
public sealed class PoisonCommand : ICliCommand
{
    private readonly Option<string?> _connection = new("--connection")
    {
        Description = $"Storage connection string (default: the AzureWebJobsStorage environment variable, else {PoisonConnection.Local}).",
        Recursive = true,
    };

    private readonly Option<string?> _account = new("--account")
    {
        Description = "Storage account name of a deployment, reached with your Azure sign-in (az login) instead of a connection string.",
        Recursive = true,
    };

    public Command Build()
    {
        var command = new Command("poison", "Inspect, requeue or drop poison messages (QUEUE: feeds-due, items, deliveries, or their -poison names).");
        command.Options.Add(_connection);
        command.Options.Add(_account);
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Move("requeue", "Move poison messages back to their source queue, with a fresh dequeue count.", (q, id, ct) => q.RequeueAsync(id, ct), "requeued", true));
        command.Subcommands.Add(Move("drop", "Delete poison messages for good (record their ids and the reason first).", (q, id, ct) => q.DropAsync(id, ct), "dropped", false));
        return command;
    }

    private Command List()
    {
        var queue = QueueArgument();
        var command = Verb("list", "List the poison queue: id, insertion time, dequeue count and a preview of each message.", queue);
        command.SetAction((parse, ct) => RunAsync(parse, queue, async q =>
        {
            var total = await q.CountAsync(ct);
            var messages = await q.PeekAsync(ct);
            Console.WriteLine($"{q.PoisonName}: {Plural(total, "message")} (source queue {q.SourceName})");
            if (messages.Count > 0) Console.Write(PoisonFormat.Table(messages));
            if (total > messages.Count) Console.WriteLine($"(showing the first {messages.Count} of {total})");
            return 0;
        }));
        return command;
    }

    private Command Show()
    {
        var queue = QueueArgument();
        var id = new Option<string?>("--id") { Description = "The message to print (default: the oldest)." };
        var command = Verb("show", "Print one poison message in full (JSON bodies indented).", queue, id);
        command.SetAction((parse, ct) => RunAsync(parse, queue, async q =>
        {
            var wanted = parse.GetValue(id);
            var message = wanted is not null ? await q.FindAsync(wanted, ct)
                : (await q.PeekAsync(ct)).FirstOrDefault() ?? throw new PoisonCommandException($"{q.PoisonName} is empty.");
            Console.Write(PoisonFormat.Full(message, q.PoisonName));
            return 0;
        }));
        return command;
    }

    private Command Move(string name, string description, Func<PoisonQueue, string?, CancellationToken, Task<IReadOnlyList<string>>> act, string done, bool toSource)
    {
        var queue = QueueArgument();
        var id = new Option<string?>("--id") { Description = "Only this message (ids as printed by list)." };
        var all = new Option<bool>("--all") { Description = "Every message in the poison queue." };
        var command = Verb(name, description, queue, id, all);
        command.SetAction((parse, ct) => RunAsync(parse, queue, async q =>
        {
            var one = parse.GetValue(id);
            if ((one is null) == !parse.GetValue(all)) throw new PoisonCommandException($"say which messages to {name}: --id ID or --all (not both).");
            var ids = await act(q, one, ct);
            Console.WriteLine($"{done} {Plural(ids.Count, "message")} from {q.PoisonName}{(toSource ? " to " + q.SourceName : "")}");
            foreach (var m in ids) Console.WriteLine("  " + m);
            return 0;
        }));
        return command;
    }

    private static Command Verb(string name, string description, Argument<string> queue, params Option[] options)
    {
        var command = new Command(name, description);
        command.Arguments.Add(queue);
        foreach (var o in options) command.Options.Add(o);
        return command;
    }

    private static Argument<string> QueueArgument() => new("queue") { Description = "feeds-due, items or deliveries (or items-poison, ...)." };

    private async Task<int> RunAsync(ParseResult parse, Argument<string> queue, Func<PoisonQueue, Task<int>> run)
    {
        try
        {
            var (client, where) = PoisonConnection.Open(parse.GetValue(_connection), parse.GetValue(_account));
            Console.Error.WriteLine($"storage: {where}");
            return await run(new PoisonQueue(client, parse.GetValue(queue)!));
        }
        catch (Exception ex) when (PoisonConnection.Reason(ex) is { } reason)
        {
            Console.Error.WriteLine("error: " + reason);
            return 1;
        }
    }

    private static string Plural(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
