using System.Collections.Concurrent;

namespace Alerts.Fetch;

/// <summary>
/// Politeness per host: at most N requests in flight, and no request before the time a host asked us to
/// wait until (429/503 with Retry-After). Hosts are compared case-insensitively, ports ignored.
/// </summary>
internal sealed class HostGate(int perHostConcurrency, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _slots = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _notBefore = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(string host, CancellationToken cancellationToken)
    {
        var slot = _slots.GetOrAdd(host, _ => new SemaphoreSlim(perHostConcurrency, perHostConcurrency));
        await slot.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(slot);
    }

    /// <summary>How long the caller must still wait before contacting <paramref name="host"/>, or null.</summary>
    public TimeSpan? RemainingWait(string host)
    {
        if (!_notBefore.TryGetValue(host, out var until)) return null;
        var remaining = until - time.GetUtcNow();
        if (remaining > TimeSpan.Zero) return remaining;
        _notBefore.TryRemove(new KeyValuePair<string, DateTimeOffset>(host, until));
        return null;
    }

    public void Defer(string host, TimeSpan wait)
    {
        var until = time.GetUtcNow() + wait;
        _notBefore.AddOrUpdate(host, until, (_, existing) => existing > until ? existing : until);
    }

    private sealed class Release(SemaphoreSlim slot) : IDisposable
    {
        private int _released;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) slot.Release();
        }
    }
}
