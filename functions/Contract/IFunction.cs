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

    /// <summary>
    /// A reply whose Logs are the lines logged during this invocation. Every value must have JSON metadata in
    /// <see cref="PayloadJsonContext"/>: checked here, so that a function replying with an unlisted type fails
    /// when it is called (in its tests), not when the handler writes the reply.
    /// </summary>
    public InvocationResponse Reply(object? returnValue = null, params (string Name, object? Value)[] outputs)
    {
        var response = new InvocationResponse { ReturnValue = Writable(returnValue), Logs = InvocationLogs.Current?.Lines() ?? [] };
        foreach (var (name, value) in outputs) response.Outputs[name] = Writable(value);
        return response;
    }

    private static object? Writable(object? value)
    {
        if (value is not null) PayloadJson.TypeInfo(value.GetType());
        return value;
    }
}
