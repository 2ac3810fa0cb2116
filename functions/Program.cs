using Alerts.Functions;

var builder = WebApplication.CreateSlimBuilder(args);
HandlerApp.Configure(builder);
var app = builder.Build();
HandlerApp.MapFunctions(app);
app.Run();

/// <summary>Entry point marker for WebApplicationFactory in tests.</summary>
public partial class Program;
