using Alerts.Cli.Runner;

namespace Alerts.Tests.Runner;

public sealed class FunctionAppDefinitionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("alerts-fdef-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_repository_app_has_every_function_with_known_bindings_and_the_host_queue_settings()
    {
        var app = FunctionAppDefinition.Load(Path.Combine(TestPaths.RepoRoot, "host.json"), Path.Combine(TestPaths.RepoRoot, "functions"));
        var names = app.Functions.Select(f => f.Name).ToList();
        Assert.Contains("ScheduleFeeds", names);
        Assert.Contains("FetchFeed", names);
        Assert.Contains("AnalyzeItem", names);
        Assert.Contains("SendDigests", names);
        Assert.Contains("Deliver", names);
        Assert.Contains("Health", names);
        Assert.Equal("feeds-due", app.Functions.Single(f => f.Name == "FetchFeed").Trigger.Get("queueName"));
        Assert.Equal("%FetchSchedule%", app.Functions.Single(f => f.Name == "ScheduleFeeds").Trigger.Get("schedule"));
        Assert.Equal(5, app.Queues.MaxDequeueCount);
        Assert.Equal(4, app.Queues.BatchSize);
        Assert.Equal(2, app.Queues.NewBatchThreshold);
        // An item that fails inside a packed message goes back to its own queue through an output binding.
        Assert.Contains(app.Functions.Single(f => f.Name == "AnalyzeItem").Outputs, o => o.Name == "requeued" && o.Get("queueName") == "items");
        Assert.Equal(TimeSpan.FromSeconds(10), app.Queues.VisibilityTimeout);
    }

    [Fact]
    public void An_unknown_trigger_is_a_start_up_error_naming_the_file()
    {
        var path = Write("Odd", """{ "bindings": [ { "type": "eventHubTrigger", "direction": "in", "name": "events" } ] }""");
        var ex = Assert.Throws<FunctionDefinitionException>(() => Load());
        Assert.Contains(path, ex.Message);
        Assert.Contains("unknown trigger type 'eventHubTrigger'", ex.Message);
    }

    [Fact]
    public void An_unknown_output_binding_is_a_start_up_error()
    {
        Write("Odd", """{ "bindings": [ { "type": "queueTrigger", "direction": "in", "name": "m", "queueName": "q" }, { "type": "cosmosDB", "direction": "out", "name": "doc" } ] }""");
        var ex = Assert.Throws<FunctionDefinitionException>(() => Load());
        Assert.Contains("unknown output binding type 'cosmosDB' named 'doc'", ex.Message);
    }

    [Fact]
    public void A_timer_without_schedule_and_a_queue_trigger_without_queue_name_are_errors()
    {
        Write("T", """{ "bindings": [ { "type": "timerTrigger", "direction": "in", "name": "timer" } ] }""");
        Assert.Contains("timerTrigger needs 'schedule'", Assert.Throws<FunctionDefinitionException>(() => Load()).Message);
        Directory.Delete(Path.Combine(_dir, "T"), true);
        Write("Q", """{ "bindings": [ { "type": "queueTrigger", "direction": "in", "name": "m" } ] }""");
        Assert.Contains("queueTrigger needs 'queueName'", Assert.Throws<FunctionDefinitionException>(() => Load()).Message);
    }

    [Fact]
    public void Malformed_json_names_the_file()
    {
        var path = Write("Bad", "{ bindings: ");
        var ex = Assert.Throws<FunctionDefinitionException>(() => Load());
        Assert.Contains(path, ex.Message);
        Assert.Contains("not valid JSON", ex.Message);
    }

    private FunctionAppDefinition Load()
    {
        var host = Path.Combine(_dir, "host.json");
        File.WriteAllText(host, """{ "version": "2.0", "customHandler": { "description": { "defaultExecutablePath": "handler/app" } } }""");
        return FunctionAppDefinition.Load(host, _dir);
    }

    private string Write(string function, string json)
    {
        Directory.CreateDirectory(Path.Combine(_dir, function));
        var path = Path.Combine(_dir, function, "function.json");
        File.WriteAllText(path, json);
        return path;
    }
}
