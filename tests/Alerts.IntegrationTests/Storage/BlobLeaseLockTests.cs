using System.Diagnostics;
using Alerts.Cli.DevServices;
using Alerts.Storage;
using Azure.Storage.Blobs;

namespace Alerts.IntegrationTests.Storage;

/// <summary>The storage-wide lock on a real Azurite: one holder at a time, waiting with backoff, renewal past the lease's length.</summary>
public sealed class BlobLeaseLockTests : IAsyncLifetime
{
    private Azurite _azurite = null!;

    public async Task InitializeAsync() => _azurite = await Azurite.StartAsync();

    public Task DisposeAsync()
    {
        _azurite.Dispose();
        return Task.CompletedTask;
    }

    // Each "instance" has its own client, as separate processes would.
    private BlobLeaseLock Lock(TimeSpan? acquireTimeout = null) =>
        new(new BlobServiceClient(_azurite.ConnectionString), "test-lock", new BlobLeaseLockOptions { AcquireTimeout = acquireTimeout ?? TimeSpan.FromSeconds(30) });

    [Fact]
    public async Task A_second_instance_waits_for_the_holder_and_gets_the_lock_once_it_is_released()
    {
        var first = await Lock().AcquireAsync();   // creates the container and the blob on first use
        Assert.Equal(1, first.Attempts);

        var waiting = Lock().AcquireAsync();
        await Task.Delay(1500);
        Assert.False(waiting.IsCompleted);

        await first.DisposeAsync();
        await using var second = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(second.Attempts > 1);
    }

    [Fact]
    public async Task Waiting_past_the_timeout_fails_with_a_message_naming_the_lock()
    {
        await using var held = await Lock().AcquireAsync();

        var ex = await Assert.ThrowsAsync<TimeoutException>(() => Lock(TimeSpan.FromSeconds(2)).AcquireAsync());

        Assert.Contains("'test-lock'", ex.Message);
    }

    [Fact]
    public async Task A_holder_working_longer_than_the_lease_keeps_it_by_renewal()
    {
        var watch = Stopwatch.StartNew();
        var held = await Lock().AcquireAsync();

        // The lease lasts 15 s; at 18 s another instance still cannot get it.
        await Task.Delay(TimeSpan.FromSeconds(16));
        await Assert.ThrowsAsync<TimeoutException>(() => Lock(TimeSpan.FromSeconds(2)).AcquireAsync());
        Assert.True(watch.Elapsed > TimeSpan.FromSeconds(17));
        Assert.False(held.Lost.IsCancellationRequested);

        await held.DisposeAsync();
        await using var next = await Lock(TimeSpan.FromSeconds(5)).AcquireAsync();
        Assert.Equal(1, next.Attempts);
    }
}
