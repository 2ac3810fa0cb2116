using System.Diagnostics;
using Alerts.Feeds;

namespace Alerts.Cli.Conformance;

/// <summary>Feeds every file of the W3C feedvalidator test cases to the parser: none may crash.</summary>
public static class FeedValidatorSweep
{
    public sealed record Result(int Files, int Parsed, int IllFormed, int Refused, IReadOnlyList<string> Crashed, double SlowestMs, string? SlowestFile);

    public static Result Run(string root, IFeedParser parser)
    {
        int files = 0, parsed = 0, illFormed = 0, refused = 0;
        var crashed = new List<string>();
        double slowest = 0;
        string? slowestFile = null;
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name is "SOURCE.txt" or "LICENSE") continue;
            files++;
            var bytes = File.ReadAllBytes(path);
            var watch = Stopwatch.StartNew();
            try
            {
                var feed = parser.Parse(bytes, null, new Uri("http://feedvalidator.test/" + Path.GetRelativePath(root, path).Replace('\\', '/')));
                parsed++;
                if (feed.IllFormed) illFormed++;
            }
            catch (FeedParseException)
            {
                refused++;
            }
            catch (Exception ex)
            {
                crashed.Add($"{Path.GetRelativePath(root, path)}: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
            }
            if (watch.Elapsed.TotalMilliseconds > slowest)
            {
                slowest = watch.Elapsed.TotalMilliseconds;
                slowestFile = Path.GetRelativePath(root, path);
            }
        }
        return new Result(files, parsed, illFormed, refused, crashed, slowest, slowestFile);
    }
}
