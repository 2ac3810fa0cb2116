using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alerts.Cli.Runner;

public sealed record BindingDefinition(string Type, string Direction, string Name, JsonObject Raw)
{
    public string? Get(string key) => Raw[key]?.GetValue<string>();
}

public sealed record FunctionDefinition(string Name, BindingDefinition Trigger, IReadOnlyList<BindingDefinition> Outputs, string Folder);

/// <summary>Queue trigger settings from host.json (extensions.queues), with the host's defaults.</summary>
public sealed record QueueSettings(int BatchSize, int NewBatchThreshold, int MaxDequeueCount, TimeSpan VisibilityTimeout, TimeSpan MaxPollingInterval);

/// <summary>
/// host.json and every function.json, read and checked the way the Functions host reads them. Unknown
/// triggers or bindings are a start-up error that names the file.
/// </summary>
public sealed record FunctionAppDefinition(JsonObject Host, QueueSettings Queues, IReadOnlyList<FunctionDefinition> Functions)
{
    public static readonly string[] KnownTriggers = ["timerTrigger", "queueTrigger", "httpTrigger"];
    public static readonly string[] KnownOutputs = ["queue", "http"];

    public static FunctionAppDefinition Load(string hostJsonPath, string functionsRoot)
    {
        var host = ReadObject(hostJsonPath);
        if (host["customHandler"]?["description"]?["defaultExecutablePath"] is null)
        {
            throw new FunctionDefinitionException($"{hostJsonPath}: customHandler.description.defaultExecutablePath is missing.");
        }
        var q = host["extensions"]?["queues"] as JsonObject;
        var queues = new QueueSettings(
            Int(q, "batchSize", 16), Int(q, "newBatchThreshold", 8), Int(q, "maxDequeueCount", 5),
            Span(q, "visibilityTimeout", TimeSpan.Zero), Span(q, "maxPollingInterval", TimeSpan.FromMinutes(1)));

        var functions = new List<FunctionDefinition>();
        foreach (var dir in Directory.GetDirectories(functionsRoot).OrderBy(d => d, StringComparer.Ordinal))
        {
            var path = Path.Combine(dir, "function.json");
            if (!File.Exists(path)) continue;
            functions.Add(ReadFunction(Path.GetFileName(dir), path));
        }
        if (functions.Count == 0) throw new FunctionDefinitionException($"no function.json found under {functionsRoot}.");
        return new FunctionAppDefinition(host, queues, functions);
    }

    private static FunctionDefinition ReadFunction(string name, string path)
    {
        var json = ReadObject(path);
        if (json["bindings"] is not JsonArray bindings) throw new FunctionDefinitionException($"{path}: 'bindings' array is missing.");
        var parsed = bindings.OfType<JsonObject>().Select(b => new BindingDefinition(
            b["type"]?.GetValue<string>() ?? throw new FunctionDefinitionException($"{path}: a binding has no 'type'."),
            b["direction"]?.GetValue<string>() ?? throw new FunctionDefinitionException($"{path}: a binding has no 'direction'."),
            b["name"]?.GetValue<string>() ?? throw new FunctionDefinitionException($"{path}: a binding has no 'name'."), b)).ToList();
        var triggers = parsed.Where(b => b.Direction == "in" && b.Type.EndsWith("Trigger", StringComparison.Ordinal)).ToList();
        if (triggers.Count != 1) throw new FunctionDefinitionException($"{path}: expected exactly one trigger, found {triggers.Count}.");
        var trigger = triggers[0];
        if (!KnownTriggers.Contains(trigger.Type))
        {
            throw new FunctionDefinitionException($"{path}: unknown trigger type '{trigger.Type}' (this runner knows {string.Join(", ", KnownTriggers)}).");
        }
        var outputs = parsed.Where(b => b.Direction == "out").ToList();
        foreach (var o in outputs.Where(o => !KnownOutputs.Contains(o.Type)))
        {
            throw new FunctionDefinitionException($"{path}: unknown output binding type '{o.Type}' named '{o.Name}' (this runner knows {string.Join(", ", KnownOutputs)}).");
        }
        foreach (var other in parsed.Where(b => b != trigger && b.Direction == "in"))
        {
            throw new FunctionDefinitionException($"{path}: unknown input binding '{other.Type}' named '{other.Name}'.");
        }
        if (trigger.Type == "queueTrigger" && string.IsNullOrEmpty(trigger.Get("queueName"))) throw new FunctionDefinitionException($"{path}: queueTrigger needs 'queueName'.");
        if (trigger.Type == "timerTrigger" && string.IsNullOrEmpty(trigger.Get("schedule"))) throw new FunctionDefinitionException($"{path}: timerTrigger needs 'schedule'.");
        foreach (var o in outputs.Where(o => o.Type == "queue" && string.IsNullOrEmpty(o.Get("queueName"))))
        {
            throw new FunctionDefinitionException($"{path}: queue output '{o.Name}' needs 'queueName'.");
        }
        return new FunctionDefinition(name, trigger, outputs, Path.GetDirectoryName(path)!);
    }

    private static JsonObject ReadObject(string path)
    {
        if (!File.Exists(path)) throw new FunctionDefinitionException($"{path} does not exist.");
        try
        {
            return JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                   ?? throw new FunctionDefinitionException($"{path} is not a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new FunctionDefinitionException($"{path} is not valid JSON: {ex.Message}");
        }
    }

    private static int Int(JsonObject? o, string key, int fallback) => o?[key] is JsonValue v && v.TryGetValue<int>(out var i) ? i : fallback;

    private static TimeSpan Span(JsonObject? o, string key, TimeSpan fallback) =>
        o?[key]?.GetValue<string>() is { } s && TimeSpan.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : fallback;
}

public sealed class FunctionDefinitionException(string message) : Exception(message);
