using Alerts.Functions.Contract;
using Alerts.Pipeline;

namespace Alerts.Functions.Sweep;

/// <summary>Timer: deletes expired seen-item keys and spent confirm-link nonces (see <see cref="SweepService"/>).</summary>
public sealed class SweepFunction(SweepService service) : IFunction
{
    public string Name => "Sweep";

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
    {
        PayloadReader.Timer(request, "timer");
        var results = await service.RunAsync(context.Cancellation);
        return context.Reply(results.ToDictionary(r => r.Table, r => new { deleted = r.Deleted, changed = r.Changed, bounded = r.Bounded }));
    }
}
