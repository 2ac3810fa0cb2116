namespace Alerts.Feeds.Xml;

/// <summary>Collects repair notes, one line per kind of problem with a count, in the order first seen.</summary>
internal sealed class RepairLog
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public void Note(string problem)
    {
        if (_counts.TryGetValue(problem, out var n))
        {
            _counts[problem] = n + 1;
            return;
        }
        if (_order.Count >= 50) return; // a hopeless document should not produce a hopeless report
        _counts[problem] = 1;
        _order.Add(problem);
    }

    public IReadOnlyList<string> Lines() =>
        _order.Select(p => _counts[p] > 1 ? $"{p} ({_counts[p]}x)" : p).ToList();
}
