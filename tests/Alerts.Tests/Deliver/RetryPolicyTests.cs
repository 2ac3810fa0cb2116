using Alerts.Deliver;

namespace Alerts.Tests.Deliver;

public class RetryPolicyTests
{
    [Fact]
    public async Task WaitsForRetryAfterBeforeTheNextAttempt()
    {
        var policy = new RetryPolicy(new RetryPolicyOptions { MaxAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(1) });
        var times = new List<DateTimeOffset>();
        var result = await policy.ExecuteAsync(_ =>
        {
            times.Add(DateTimeOffset.UtcNow);
            return Task.FromResult(times.Count == 1 ? new SendResult(SendOutcome.Transient, "429", TimeSpan.FromMilliseconds(300)) : SendResult.Ok());
        });
        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(280), $"waited {(times[1] - times[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task TotalBudgetEndsTheCallAsTransient()
    {
        var policy = new RetryPolicy(new RetryPolicyOptions { MaxAttempts = 50, BaseDelay = TimeSpan.FromMilliseconds(50), MaxDelay = TimeSpan.FromMilliseconds(50), TotalBudget = TimeSpan.FromMilliseconds(300) });
        var calls = 0;
        var result = await policy.ExecuteAsync(_ =>
        {
            calls++;
            return Task.FromResult(new SendResult(SendOutcome.Transient, "503"));
        });
        Assert.Equal(SendOutcome.Transient, result.Outcome);
        Assert.InRange(calls, 2, 49);
    }
}
