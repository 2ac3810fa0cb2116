using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace Alerts.Storage;

/// <summary>Lease length, how long to keep trying for a held lock, and the backoff between tries.</summary>
public sealed record BlobLeaseLockOptions
{
    /// <summary>15 to 60 s (the blob service's range). A holder that dies blocks others for at most this long.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(15);
    /// <summary>How long to wait for a lock someone else holds before giving up (the invocation then fails and is retried).</summary>
    public TimeSpan AcquireTimeout { get; init; } = TimeSpan.FromSeconds(45);
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromMilliseconds(15);
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMilliseconds(500);
}

/// <summary>
/// A lock shared by every process on one storage account: an exclusive lease on an empty blob. The blob service
/// grants one lease at a time, so it holds across function instances and machines, and a crashed holder's lease
/// simply runs out. The holder renews it while it works, so a slow critical section does not lose it.
/// </summary>
public sealed class BlobLeaseLock
{
    public const string ContainerName = "locks";

    private readonly BlobClient _blob;
    private readonly BlobLeaseLockOptions _options;

    public BlobLeaseLock(BlobServiceClient blobs, string name, BlobLeaseLockOptions? options = null)
    {
        _options = options ?? new BlobLeaseLockOptions();
        if (_options.LeaseDuration < TimeSpan.FromSeconds(15) || _options.LeaseDuration > TimeSpan.FromSeconds(60))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "A blob lease lasts 15 to 60 seconds.");
        }
        _blob = blobs.GetBlobContainerClient(ContainerName).GetBlobClient(name);
    }

    public string Name => _blob.Name;

    /// <summary>Waits (backing off with jitter) until the lease is ours; TimeoutException after <see cref="BlobLeaseLockOptions.AcquireTimeout"/>.</summary>
    public async Task<Held> AcquireAsync(CancellationToken cancellationToken = default)
    {
        var lease = _blob.GetBlobLeaseClient(Guid.NewGuid().ToString());
        var deadline = DateTimeOffset.UtcNow + _options.AcquireTimeout;
        var backoff = _options.FirstBackoff;
        var attempts = 1;
        var created = false;
        while (true)
        {
            try
            {
                await lease.AcquireAsync(_options.LeaseDuration, cancellationToken: cancellationToken).ConfigureAwait(false);
                return new Held(lease, _options.LeaseDuration, attempts);
            }
            catch (RequestFailedException ex) when (ex.Status == 404 && !created)
            {
                await CreateBlobAsync(cancellationToken).ConfigureAwait(false);
                created = true;
                continue;
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Someone else holds it: wait a random part of the current step (full jitter) so that waiting
                // instances do not retry in lock step, and double the step up to the cap.
            }
            if (DateTimeOffset.UtcNow >= deadline)
            {
                throw new TimeoutException($"The lock '{Name}' stayed held by another instance for {_options.AcquireTimeout.TotalSeconds:0} s ({attempts} attempts).");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * backoff.TotalMilliseconds + 1), cancellationToken).ConfigureAwait(false);
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _options.MaxBackoff.Ticks));
            attempts++;
        }
    }

    /// <summary>Creates the lock blob (and its container) on first use; creating one that exists is not an error.</summary>
    private async Task CreateBlobAsync(CancellationToken cancellationToken)
    {
        await _blob.GetParentBlobContainerClient().CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            await _blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Created by another instance meanwhile (409), or it exists and is leased (412): either way it is there.
        }
    }

    /// <summary>
    /// A held lease. It is renewed at a third of its duration until released; if a renewal fails (the lease ran out
    /// while the process was stalled), <see cref="Lost"/> is cancelled so the holder can stop before it writes.
    /// </summary>
    public sealed class Held : IAsyncDisposable
    {
        private readonly BlobLeaseClient _lease;
        private readonly CancellationTokenSource _lost = new();
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewing;

        internal Held(BlobLeaseClient lease, TimeSpan duration, int attempts)
        {
            _lease = lease;
            Attempts = attempts;
            _renewing = RenewAsync(duration / 3);
        }

        /// <summary>How many tries it took (1 when nobody else held it; creating the lock blob is not a try).</summary>
        public int Attempts { get; }

        public CancellationToken Lost => _lost.Token;

        private async Task RenewAsync(TimeSpan every)
        {
            try
            {
                while (true)
                {
                    await Task.Delay(every, _stop.Token).ConfigureAwait(false);
                    await _lease.RenewAsync(cancellationToken: _stop.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
            }
            catch (RequestFailedException)
            {
                await _lost.CancelAsync().ConfigureAwait(false);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _renewing.ConfigureAwait(false);
            try
            {
                await _lease.ReleaseAsync().ConfigureAwait(false);
            }
            catch (RequestFailedException)
            {
                // Lost or already expired: nobody else is blocked by it either way.
            }
            _stop.Dispose();
            _lost.Dispose();
        }
    }
}
