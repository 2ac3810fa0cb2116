using Alerts.Functions.Contract;
using Alerts.Pipeline;
using Alerts.Storage;

namespace Alerts.Functions.Sweep;

/// <summary>The return value: what each table's sweep deleted.</summary>
public sealed record SweepReply(IReadOnlyList<SweepResult> Tables);

/// <summary>Timer: deletes expired seen-item keys and spent confirm-link nonces (see <see cref="SweepService"/>).</summary>
public sealed class SweepFunction(SweepService service) : IFunction
{
    public string Name => "Sweep";

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context)
    {
        PayloadReader.Timer(request, "timer");
        return context.Reply(new SweepReply(await service.RunAsync(context.Cancellation)));
    }
}
