namespace Alerts.Functions.Contract;

/// <summary>One Azure Function: the handler serves it at POST /{Name}, as the host calls it.</summary>
public interface IFunction
{
    string Name { get; }
    Task<InvocationResponse> InvokeAsync(InvocationRequest request, FunctionContext context);
}

public sealed class FunctionContext(string invocationId, CancellationToken cancellation)
{
    public string InvocationId { get; } = invocationId;
    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>A reply whose Logs are the lines logged during this invocation.</summary>
    public InvocationResponse Reply(object? returnValue = null, params (string Name, object? Value)[] outputs)
    {
        var response = new InvocationResponse { ReturnValue = returnValue, Logs = InvocationLogs.Current?.Lines() ?? [] };
        foreach (var (name, value) in outputs) response.Outputs[name] = value;
        return response;
    }
}
