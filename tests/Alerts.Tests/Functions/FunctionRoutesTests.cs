using System.Text.Json.Nodes;

namespace Alerts.Tests.Functions;

/// <summary>function.json rules the Functions host enforces at start-up, checked before a deployment finds them.</summary>
public class FunctionRoutesTests
{
    private static IEnumerable<(string Name, JsonObject Trigger)> HttpTriggers() =>
        Directory.GetFiles(Path.Combine(Alerts.Cli.RepoPaths.Root, "functions"), "function.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(f => (Name: Path.GetFileName(Path.GetDirectoryName(f))!, Bindings: JsonNode.Parse(File.ReadAllText(f))!["bindings"]!.AsArray()))
            .SelectMany(f => f.Bindings.OfType<JsonObject>().Where(b => (string?)b["type"] == "httpTrigger").Select(b => (f.Name, b)));

    [Fact]
    public void No_http_function_name_or_route_starts_with_the_hosts_reserved_admin_segment()
    {
        var triggers = HttpTriggers().ToList();
        Assert.Contains(triggers, t => t.Name == "Manage");
        foreach (var (name, trigger) in triggers)
        {
            var route = (string?)trigger["route"] ?? name;
            Assert.False(name.StartsWith("admin", StringComparison.OrdinalIgnoreCase), $"{name}: the host refuses function names starting with 'admin'");
            Assert.False(route.TrimStart('/').StartsWith("admin", StringComparison.OrdinalIgnoreCase), $"{name}: the host refuses routes starting with 'admin' ({route})");
        }
    }

    [Fact]
    public void Every_http_function_answers_through_the_res_output_and_names_its_methods()
    {
        foreach (var file in Directory.GetDirectories(Path.Combine(Alerts.Cli.RepoPaths.Root, "functions")).Select(d => Path.Combine(d, "function.json")).Where(File.Exists))
        {
            var bindings = JsonNode.Parse(File.ReadAllText(file))!["bindings"]!.AsArray().OfType<JsonObject>().ToList();
            if (!bindings.Any(b => (string?)b["type"] == "httpTrigger")) continue;
            Assert.Contains(bindings, b => (string?)b["type"] == "http" && (string?)b["direction"] == "out" && (string?)b["name"] == "res");
            Assert.NotEmpty(bindings.Single(b => (string?)b["type"] == "httpTrigger")["methods"]!.AsArray());
        }
    }
}
