using Alerts.Detect;
using Alerts.Storage;
using Alerts.Stories;

namespace Alerts.Pipeline;

/// <summary>
/// Story assignment reads the recent stories and then writes where the item landed. Two assignments doing that for
/// copies of one event at the same moment would each find no story and open two. Assignments therefore take turns:
/// within the process on a semaphore (the host runs a queue batch concurrently), and across function instances under
/// a storage-account-wide lease. Only flagged items get here.
/// <para>A process that has several assignments waiting keeps the lease from one to the next instead of releasing and
/// taking it again for each: every turn under one hold sees the same index, so only the first reads what other
/// instances wrote (<paramref name="onAcquired"/> tells the index so), and two blob requests per item become two per
/// hold. A hold ends when nobody in the process is waiting, or after <see cref="LeaseHold"/>'s limits; after a hold
/// that ended on a limit the process waits <see cref="LeaseHold.Yield"/> before taking the lease again, so that
/// another instance polling for it (every 40 ms at most, <see cref="StoryLockOptions"/>) gets its turn.</para>
/// </summary>
public sealed class LeasedStoryClusterer(IStoryClusterer inner, BlobLeaseLock lease, Action? onAcquired = null, LeaseHold? hold = null) : IStoryClusterer
{
    public const string LockName = "story-assignment";

    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly LeaseHold _hold = hold ?? new LeaseHold();
    private int _waiting;
    // Touched only by the assignment holding _turn.
    private BlobLeaseLock.Held? _held;
    private DateTimeOffset _heldSince;
    private int _turnsInHold;
    private DateTimeOffset _yieldUntil;

    /// <summary>The story lock's options: a waiting instance polls for the lease at most every 40 ms, within <see cref="LeaseHold.Yield"/>.</summary>
    public static readonly BlobLeaseLockOptions StoryLockOptions = new() { MaxBackoff = TimeSpan.FromMilliseconds(40) };

    public async Task<StoryAssignment> AssignAsync(DetectInput item, Detection detection, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
        try
        {
            if (_held is { } stale && stale.Lost.IsCancellationRequested) await ReleaseAsync().ConfigureAwait(false);
            if (_held is null)
            {
                if (_yieldUntil - DateTimeOffset.UtcNow is { Ticks: > 0 } wait) await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                _held = await lease.AcquireAsync(cancellationToken).ConfigureAwait(false);
                _heldSince = DateTimeOffset.UtcNow;
                _turnsInHold = 0;
                onAcquired?.Invoke();
            }
            _turnsInHold++;
            // A lease lost mid-way (the process stalled past its duration) stops the assignment before it writes;
            // the invocation fails and the queue delivers the item again.
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _held.Lost);
            return await inner.AssignAsync(item, detection, linked.Token).ConfigureAwait(false);
        }
        catch
        {
            // After a failure nothing is known about what the index holds: start afresh under a new hold.
            await ReleaseAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            try
            {
                if (_held is not null && Volatile.Read(ref _waiting) == 0)
                {
                    await ReleaseAsync().ConfigureAwait(false);
                }
                else if (_held is not null && (_turnsInHold >= _hold.MaxTurns || DateTimeOffset.UtcNow - _heldSince >= _hold.MaxTime))
                {
                    await ReleaseAsync().ConfigureAwait(false);
                    _yieldUntil = DateTimeOffset.UtcNow + _hold.Yield;
                }
            }
            finally
            {
                _turn.Release();
            }
        }
    }

    /// <summary>Ends the hold. A release that fails leaves a lease that runs out by itself within its duration.</summary>
    private async Task ReleaseAsync()
    {
        if (_held is null) return;
        var held = _held;
        _held = null;
        try
        {
            await held.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or Azure.RequestFailedException or OperationCanceledException)
        {
        }
    }
}

/// <summary>How long one process may keep the story lease while it has assignments waiting.</summary>
public sealed record LeaseHold
{
    /// <summary>Assignments under one hold at most.</summary>
    public int MaxTurns { get; init; } = 32;
    /// <summary>Time under one hold at most: about what another instance waiting for the lease may have to wait.</summary>
    public TimeSpan MaxTime { get; init; } = TimeSpan.FromMilliseconds(250);
    /// <summary>The pause before taking the lease again after a hold that ended on a limit, in which a waiting instance takes it.</summary>
    public TimeSpan Yield { get; init; } = TimeSpan.FromMilliseconds(50);
}
