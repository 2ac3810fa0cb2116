using System.Net;

namespace Alerts.Cli.Packaging;

/// <summary>
/// Asks a running handler which function routes it serves: any answer but 404/405 to POST /&lt;Name&gt; means
/// the route exists (an empty invocation may well fail inside the function; that is not this check's concern).
/// </summary>
public static class RouteProbe
{
    public static async Task<IReadOnlySet<string>> ServedRoutes(string packageRoot, string executable, IEnumerable<string> functionNames, TimeSpan startTimeout)
    {
        using var handler = HandlerProcess.Start(packageRoot, executable);
        var served = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in functionNames)
        {
            HttpResponseMessage? response;
            try
            {
                response = await handler.InvokeWhenReady(name, startTimeout);
            }
            catch (TaskCanceledException)
            {
                // Accepted the connection but took longer than the client timeout: the route exists.
                served.Add("/" + name);
                continue;
            }
            if (response is null)
            {
                throw new InvalidOperationException($"the handler did not answer within {startTimeout.TotalSeconds:0}s:\n{handler.Output}");
            }
            using (response)
            {
                if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)) served.Add("/" + name);
            }
        }
        return served;
    }
}
