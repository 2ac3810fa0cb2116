using System.CommandLine;
using Alerts.Cli.FeedTools;
using Alerts.Feeds;
using Alerts.Fetch;

namespace Alerts.Cli.Commands;

/// <summary>./alerts parse-feed FILE|URL...: one JSON line per input on stdout, one error line per unreadable input on stderr.</summary>
public sealed class ParseFeedCommand : ICliCommand
{
    public Command Build()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Feed files or http(s) URLs", Arity = ArgumentArity.OneOrMore };
        var baseUrl = new Option<string?>("--base-url") { Description = "Base URL for relative links in local files (the feed's own URL)" };
        var command = new Command("parse-feed", "Parse RSS/RDF/Atom/JSON feeds and print one JSON object per input (JSON Lines)");
        command.Arguments.Add(inputs);
        command.Options.Add(baseUrl);
        command.SetAction(async (parse, ct) =>
        {
            Uri? baseUri = null;
            var baseText = parse.GetValue(baseUrl);
            if (baseText is not null && !Uri.TryCreate(baseText, UriKind.Absolute, out baseUri))
            {
                await Console.Error.WriteLineAsync($"parse-feed: --base-url '{baseText}' is not an absolute URL");
                return 2;
            }
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            return await RunAsync(parse.GetValue(inputs) ?? [], baseUri, new PlainHttpFetcher(http), new FeedParser(), Console.Out, Console.Error, ct);
        });
        return command;
    }

    /// <returns>0 when every input parsed (recovered ill-formed input included), 1 when any could not be read or parsed.</returns>
    public static async Task<int> RunAsync(IEnumerable<string> sources, Uri? baseUri, IFetcher fetcher, IFeedParser parser,
        TextWriter output, TextWriter errors, CancellationToken ct = default)
    {
        var exitCode = 0;
        foreach (var source in sources)
        {
            try
            {
                var input = await FeedInput.LoadAsync(source, baseUri, fetcher, ct);
                var feed = parser.Parse(input.Bytes, input.Charset, input.BaseUri);
                await output.WriteLineAsync(FeedJsonWriter.ToJsonLine(source, feed));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FeedParseException)
            {
                await errors.WriteLineAsync($"parse-feed: {source}: {ex.Message}");
                exitCode = 1;
            }
        }
        return exitCode;
    }
}
