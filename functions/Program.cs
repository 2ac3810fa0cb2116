using Alerts.Functions;
using Alerts.Pipeline;

WebApplication app;
try
{
    var builder = WebApplication.CreateSlimBuilder(args);
    HandlerApp.Configure(builder);
    app = builder.Build();
    app.Services.ValidateAlertsPipeline();
}
catch (ConfigurationException ex)
{
    // A start-up error that names the setting: the host shows it as the worker's failure reason.
    Console.Error.WriteLine("Alerts handler cannot start. " + ex.Message);
    return 2;
}
HandlerApp.MapFunctions(app);
await app.RunAsync();
return 0;
