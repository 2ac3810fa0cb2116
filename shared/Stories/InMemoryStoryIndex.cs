namespace Alerts.Stories;

/// <summary>A story index in process memory, for the classify command, evaluation and tests. Thread-safe.</summary>
public sealed class InMemoryStoryIndex : IStoryIndex
{
    // Bucketed by day so a lookup reads only the days inside the window, however long the stream has run.
    private readonly Dictionary<long, List<StorySignature>> _byDay = [];
    private readonly Lock _lock = new();
    private int _count;

    public int Count
    {
        get { lock (_lock) return _count; }
    }

    private static long Day(DateTimeOffset at) => at.UtcTicks / TimeSpan.TicksPerDay;

    public Task<IReadOnlyList<StorySignature>> RecentAsync(DateTimeOffset around, TimeSpan window, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var recent = new List<StorySignature>();
            for (var day = Day(around - window); day <= Day(around + window); day++)
            {
                if (!_byDay.TryGetValue(day, out var bucket)) continue;
                recent.AddRange(bucket.Where(s => (s.Published - around).Duration() <= window));
            }
            return Task.FromResult<IReadOnlyList<StorySignature>>(recent);
        }
    }

    public Task AddAsync(StorySignature signature, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var day = Day(signature.Published);
            if (!_byDay.TryGetValue(day, out var bucket)) _byDay[day] = bucket = [];
            bucket.Add(signature);
            _count++;
        }
        return Task.CompletedTask;
    }
}
