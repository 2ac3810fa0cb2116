using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Alerts.Cli.Bench;

/// <summary>
/// Counts storage requests from Azurite's access log, by kind: the table, queue or blob container a request names and
/// what it did (point read, query, upsert, batch, lease, ...). Every process's requests land here: the handlers', the
/// runners' (queue receive, delete, lease renewal, output bindings) and the benchmark's own set-up.
/// </summary>
public sealed partial class StorageRequestLog
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Add(string line)
    {
        var m = AccessLine().Match(line);
        if (!m.Success) return;
        _counts.AddOrUpdate(Kind(m.Groups["method"].Value, m.Groups["path"].Value), 1, (_, n) => n + 1);
    }

    /// <summary>Counts so far by kind; <see cref="Since"/> takes the difference from an earlier snapshot.</summary>
    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_counts, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Since(IReadOnlyDictionary<string, int> earlier) =>
        Snapshot().Select(kv => (kv.Key, Count: kv.Value - earlier.GetValueOrDefault(kv.Key)))
            .Where(kv => kv.Count > 0).ToDictionary(kv => kv.Key, kv => kv.Count, StringComparer.Ordinal);

    /// <summary>"table seen: get", "queue items: put", "blob locks: put lease", "table $batch: post".</summary>
    internal static string Kind(string method, string path)
    {
        var query = path.IndexOf('?', StringComparison.Ordinal);
        var (resource, comp) = query < 0 ? (path, "") : (path[..query], CompOf(path[(query + 1)..]));
        var segments = resource.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var name = segments.Length > 1 ? segments[1] : "(account)";
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        var table = paren >= 0 ? name[..paren] : name;
        var service = name is "$batch" or "Tables" || Alerts.Storage.TableNames.All.Contains(table) ? "table"
            : name == Alerts.Storage.BlobLeaseLock.ContainerName ? "blob" : "queue";
        if (paren >= 0)
        {
            // seen(PartitionKey='ab',RowKey='...') is a point operation; seen() a query.
            var point = name.Length > paren + 2;
            return $"{service} {name[..paren]}: {method.ToLowerInvariant()}{(point || method != "GET" ? "" : " query")}";
        }
        return $"{service} {name}: {method.ToLowerInvariant()}{(comp.Length > 0 ? " " + comp : "")}";
    }

    private static string CompOf(string query) =>
        query.Split('&').Select(p => p.Split('=')).FirstOrDefault(p => p[0] == "comp") is { Length: 2 } c ? c[1] : "";

    [GeneratedRegex("\"(?<method>[A-Z]+) (?<path>/\\S+) HTTP/[0-9.]+\" \\d{3}")]
    private static partial Regex AccessLine();
}
