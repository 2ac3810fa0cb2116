using Alerts.Cli.Demo;

namespace Alerts.IntegrationTests.Subscriptions;

/// <summary>One private stack shared by the tests of a class (they use distinct addresses), with a client for its HTTP front.</summary>
public sealed class StackClassFixture : IAsyncLifetime
{
    public PipelineStack Stack { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Stack = await Stacks.StartAsync();
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Stack.Runner.HttpBaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Stack.DisposeAsync();
    }
}

/// <summary>A clock fixed in the past, to mint tokens that have already expired.</summary>
internal sealed class PastClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
