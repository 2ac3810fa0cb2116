using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Alerts.Deliver;

public sealed record RetryPolicyOptions
{
    /// <summary>Attempts in one call, the first included.</summary>
    public int MaxAttempts { get; init; } = 3;
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);
    /// <summary>Time one call may take, waits included; beyond it the caller re-queues.</summary>
    public TimeSpan TotalBudget { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>A server asking to wait longer than this is answered by re-queueing, not by holding the worker.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// In-call retries of a send: exponential backoff with jitter, honouring the server's Retry-After, a bounded
/// number of attempts and total time. Whatever is still Transient afterwards goes back to the caller, which
/// re-queues it with the delay in <see cref="SendResult.RetryAfter"/>.
/// </summary>
public sealed class RetryPolicy
{
    private readonly RetryPolicyOptions options;
    private readonly ResiliencePipeline<SendResult> pipeline;
    private readonly TimeProvider time;

    public RetryPolicy(RetryPolicyOptions? options = null, TimeProvider? time = null)
    {
        this.options = options ?? new RetryPolicyOptions();
        this.time = time ?? TimeProvider.System;
        var builder = new ResiliencePipelineBuilder<SendResult> { TimeProvider = this.time };
        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = this.options.TotalBudget });
        if (this.options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<SendResult>
            {
                MaxRetryAttempts = this.options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = this.options.BaseDelay,
                MaxDelay = this.options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome.Result)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            });
        }
        pipeline = builder.Build();
    }

    /// <summary>One attempt only: for callers that handle retries themselves.</summary>
    public static RetryPolicy None { get; } = new(new RetryPolicyOptions { MaxAttempts = 1, TotalBudget = TimeSpan.FromMinutes(5) });

    public async Task<SendResult> ExecuteAsync(Func<CancellationToken, Task<SendResult>> send, CancellationToken cancellationToken = default)
    {
        SendResult? last = null;
        try
        {
            return await pipeline.ExecuteAsync(async ct => last = await send(ct), cancellationToken);
        }
        catch (TimeoutRejectedException)
        {
            return new SendResult(SendOutcome.Transient,
                $"Gave up after {options.TotalBudget.TotalSeconds:0}s: {last?.Detail ?? "no answer"}", last?.RetryAfter);
        }
    }

    private bool ShouldRetry(SendResult? result) =>
        result is { Outcome: SendOutcome.Transient }
        && (result.RetryAfter is null || result.RetryAfter <= options.MaxRetryAfter);
}
