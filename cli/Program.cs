using Alerts.Cli;

return await CommandTree.Build().Parse(args).InvokeAsync();
