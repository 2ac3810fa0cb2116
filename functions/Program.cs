using Alerts.Functions;
using Alerts.Pipeline;

var timeline = new StartupTimeline();
StartupWarmUp.Begin();
WebApplication app;
try
{
    // Settings come from the environment (app settings); an appsettings.json is read once, not watched: watching
    // it sets up inotify over the whole package folder, which a cold start pays for before the first invocation.
    var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [.. args, "--hostBuilder:reloadConfigOnChange=false"] });
    HandlerApp.Configure(builder);
    app = builder.Build();
    timeline.Mark("host built");
    app.Services.ValidateAlertsPipeline();
    timeline.Mark("settings checked");
}
catch (ConfigurationException ex)
{
    // A start-up error that names the setting: the host shows it as the worker's failure reason.
    Console.Error.WriteLine("Alerts handler cannot start. " + ex.Message);
    return 2;
}
HandlerApp.MapFunctions(app, timeline);
await app.RunAsync();
return 0;
