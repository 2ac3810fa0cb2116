using System.Buffers;

namespace Alerts.Fetch;

/// <summary>A body read stalled for longer than the read timeout.</summary>
internal sealed class ReadStalledException(TimeSpan after) : TimeoutException($"no data for {after.TotalSeconds:0.#} s while reading the body");

/// <summary>
/// Reads a (decompressed) body up to a byte cap. The cap is counted on what decompression yields, so a small
/// compressed bomb stops at the cap; memory is bounded by the cap plus one buffer.
/// </summary>
internal static class CappedBodyReader
{
    private const int ChunkSize = 64 * 1024;

    /// <returns>The body, or null when it passed <paramref name="cap"/> (reading stops there).</returns>
    public static async Task<byte[]?> ReadAsync(Stream body, long cap, TimeSpan readTimeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            using var stall = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stall.Token);
            using var collected = new MemoryStream();
            while (true)
            {
                stall.CancelAfter(readTimeout);
                int read;
                try
                {
                    read = await body.ReadAsync(buffer.AsMemory(0, ChunkSize), linked.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stall.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw new ReadStalledException(readTimeout);
                }
                if (read == 0) return collected.ToArray();
                if (collected.Length + read > cap) return null;
                collected.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
