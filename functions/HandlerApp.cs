namespace Alerts.Functions;

/// <summary>Wires the custom handler: listens on FUNCTIONS_CUSTOMHANDLER_PORT and maps one POST route per function.</summary>
public static class HandlerApp
{
    public static void Configure(WebApplicationBuilder builder)
    {
        var port = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT");
        if (!string.IsNullOrEmpty(port))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }
    }

    public static void MapFunctions(WebApplication app)
    {
        app.MapPost("/Health", () => Results.Json(new { Outputs = new { res = new { statusCode = 200, body = "{\"status\":\"starting\"}", headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" } } }, Logs = Array.Empty<string>(), ReturnValue = (object?)null }));
    }
}
