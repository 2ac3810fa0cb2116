using System.Text.Json;
using Alerts.Functions.Contract;
using Alerts.Observability;
using Alerts.Pipeline;

namespace Alerts.Functions;

/// <summary>
/// Wires the custom handler: listens on FUNCTIONS_CUSTOMHANDLER_PORT, maps one POST /{FunctionName} route per
/// function, runs each invocation in a log scope carrying the function and the host's invocation id, and
/// answers a failed invocation with 500 so that the host retries it.
/// </summary>
public static class HandlerApp
{
    public static void Configure(WebApplicationBuilder builder)
    {
        var port = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT");
        if (!string.IsNullOrEmpty(port)) builder.WebHost.UseUrls($"http://127.0.0.1:{port}");

        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new StdoutLogProvider());
        builder.Logging.AddProvider(new InvocationLogProvider());
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        Telemetry.Add(builder);

        builder.Services.AddAlertsPipeline(ContentRoot(builder));
        builder.Services.AddHostedService<StorageInitializer>();
    }

    /// <summary>
    /// Maps the functions of <see cref="FunctionList"/> and any <see cref="IFunction"/> registered as a service. A listed
    /// function (and the services it needs) is created at its first invocation, so a cold start pays only for the
    /// function that woke it; settings, sources and storage are still checked at start-up (ValidateAlertsPipeline).
    /// </summary>
    public static void MapFunctions(WebApplication app, StartupTimeline? timeline = null)
    {
        var functions = FunctionList.All
            .Select(entry => (entry.Name, Get: Once(() => entry.Create(app.Services))))
            .Concat(app.Services.GetServices<IFunction>().Select(f => (f.Name, Get: (Func<IFunction>)(() => f))))
            .ToList();
        // One terminal handler that looks the function up by name: the host only ever sends POST /<FunctionName>, and
        // endpoint routing (its route table and matcher, built at start and at the first request) is what a cold
        // start would pay for it.
        var byName = new Dictionary<string, (string Name, Func<IFunction> Get)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, get) in functions) byName[name] = (name, get);
        app.Run(http =>
        {
            if (!byName.TryGetValue(http.Request.Path.Value?.TrimStart('/') ?? "", out var function))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            if (!HttpMethods.IsPost(http.Request.Method))
            {
                http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                http.Response.Headers.Allow = HttpMethods.Post;
                return Task.CompletedTask;
            }
            return InvokeAsync(function.Name, function.Get, http);
        });
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            timeline?.Mark("listening");
            app.Logger.LogInformation(LogEvents.RunnerStarted, "Handler ready: {Count} functions ({Names}); start-up: {Timeline}",
                functions.Count, string.Join(", ", functions.Select(f => f.Name)), timeline?.ToString() ?? "not timed");
        });
    }

    // Not cached when creation throws: the invocation fails (the host retries it) and the next one tries again.
    private static Func<IFunction> Once(Func<IFunction> create)
    {
        var lazy = new Lazy<IFunction>(create, LazyThreadSafetyMode.PublicationOnly);
        return () => lazy.Value;
    }

    private static async Task InvokeAsync(string name, Func<IFunction> function, HttpContext http)
    {
        var log = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Function." + name);
        var invocationId = http.Request.Headers["X-Azure-Functions-InvocationId"].FirstOrDefault() ?? Guid.NewGuid().ToString();
        var logs = InvocationLogs.Begin();
        using var scope = log.BeginScope(new Dictionary<string, object> { ["Function"] = name, ["InvocationId"] = invocationId });
        try
        {
            InvocationRequest? request;
            try
            {
                request = await JsonSerializer.DeserializeAsync(http.Request.Body, PayloadJsonContext.Default.InvocationRequest, http.RequestAborted);
            }
            catch (JsonException ex)
            {
                throw new PayloadException("the invocation body is not the host's {Data, Metadata} JSON: " + ex.Message, ex);
            }
            var response = await function().InvokeAsync(request ?? new InvocationRequest(), new FunctionContext(invocationId, http.RequestAborted));
            await Results.Json(response, PayloadJsonContext.Default.InvocationResponse).ExecuteAsync(http);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            var what = ex is PayloadException ? "bad message" : ex.GetType().Name;
            log.LogError(LogEvents.InvocationFailed, ex, "{Function} invocation={InvocationId} failed ({What}): {Message}", name, invocationId, what, ex.Message);
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await http.Response.WriteAsJsonAsync(new InvocationResponse { Logs = logs.Lines(), ReturnValue = new InvocationError(ex.Message) }, PayloadJsonContext.Default.InvocationResponse);
        }
        finally
        {
            InvocationLogs.End();
        }
    }

    private static string ContentRoot(WebApplicationBuilder builder) =>
        Environment.GetEnvironmentVariable("ALERTS_ROOT") is { Length: > 0 } root ? root : builder.Environment.ContentRootPath;
}
