using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alerts.Cli.Packaging;

/// <summary>
/// Checks a deployable zip the way the Functions host will read it: host.json at the root naming an
/// executable handler, one folder per function with its function.json, a route in the handler for each
/// function, and no setting that only makes sense on a developer's machine.
/// </summary>
public static class PackageVerifier
{
    /// <summary>Strings that only belong in local configuration (Azurite, loopback-only HTTP).</summary>
    public static readonly IReadOnlyList<string> LocalOnlyMarkers = ["UseDevelopmentStorage", "AllowLoopback"];

    private static readonly string[] LocalOnlyFiles = ["local.settings.json", "appsettings.Development.json"];
    private static readonly string[] ConfigExtensions = [".json", ".config", ".xml", ".env", ".ini", ".yaml", ".yml"];

    /// <summary>Function names: the folders holding a function.json directly under the package root.</summary>
    public static IReadOnlyList<string> FunctionNames(ZipArchive zip) =>
        zip.Entries.Select(e => e.FullName.Split('/'))
            .Where(parts => parts.Length == 2 && parts[1] == "function.json")
            .Select(parts => parts[0])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Problems found, empty when the package is deployable. <paramref name="servedRoutes"/> are the POST
    /// paths the handler answers (for example "/Health"); null skips the route check.
    /// </summary>
    public static IReadOnlyList<string> Verify(ZipArchive zip, IReadOnlySet<string>? servedRoutes = null)
    {
        var problems = new List<string>();
        var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToDictionary(e => e.FullName, StringComparer.Ordinal);

        CheckHost(entries, problems);
        CheckFunctions(zip, entries, servedRoutes, problems);
        CheckLocalOnly(entries.Values, problems);
        return problems;
    }

    private static void CheckHost(Dictionary<string, ZipArchiveEntry> entries, List<string> problems)
    {
        if (!entries.TryGetValue("host.json", out var hostEntry))
        {
            problems.Add("host.json is missing from the package root");
            return;
        }
        var host = ReadJson(hostEntry, problems);
        if (host is null) return;
        if (Text(host["version"]) != "2.0") problems.Add("host.json: \"version\" must be \"2.0\"");

        var executable = Text(host["customHandler"]?["description"]?["defaultExecutablePath"]);
        if (string.IsNullOrWhiteSpace(executable))
        {
            problems.Add("host.json: customHandler.description.defaultExecutablePath is not set");
            return;
        }
        var path = executable.Replace('\\', '/').TrimStart('.', '/');
        if (!entries.TryGetValue(path, out var handler))
        {
            problems.Add($"host.json names handler '{executable}', which is not in the package");
        }
        else if (!UnixModes.IsExecutable(handler))
        {
            problems.Add($"handler '{path}' lacks the Unix run bit (mode {Convert.ToString((int)UnixModes.Get(handler), 8)})");
        }
    }

    private static void CheckFunctions(ZipArchive zip, Dictionary<string, ZipArchiveEntry> entries,
        IReadOnlySet<string>? servedRoutes, List<string> problems)
    {
        var names = FunctionNames(zip);
        if (names.Count == 0) problems.Add("the package holds no <Function>/function.json");

        foreach (var misplaced in entries.Keys.Where(k => k.EndsWith("function.json", StringComparison.Ordinal) && k.Split('/').Length != 2))
        {
            problems.Add($"'{misplaced}' is not directly inside a function folder; the host will not load it");
        }

        foreach (var name in names)
        {
            var json = ReadJson(entries[$"{name}/function.json"], problems);
            var bindings = json?["bindings"] as JsonArray;
            var triggers = bindings?.Count(b => Text(b?["type"])?.EndsWith("Trigger", StringComparison.Ordinal) == true) ?? 0;
            if (json is not null && triggers != 1) problems.Add($"{name}/function.json: expected exactly one trigger binding, found {triggers}");
            if (servedRoutes is not null && !servedRoutes.Contains("/" + name))
            {
                problems.Add($"{name}: the handler does not answer POST /{name}");
            }
        }
    }

    private static void CheckLocalOnly(IEnumerable<ZipArchiveEntry> entries, List<string> problems)
    {
        foreach (var entry in entries)
        {
            if (LocalOnlyFiles.Contains(entry.Name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"'{entry.FullName}' is local-only configuration");
                continue;
            }
            if (!ConfigExtensions.Contains(Path.GetExtension(entry.Name), StringComparer.OrdinalIgnoreCase)) continue;
            using var reader = new StreamReader(entry.Open());
            var text = reader.ReadToEnd();
            foreach (var marker in LocalOnlyMarkers.Where(m => text.Contains(m, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"'{entry.FullName}' contains the local-only setting '{marker}'");
            }
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static JsonNode? ReadJson(ZipArchiveEntry entry, List<string> problems)
    {
        try
        {
            using var stream = entry.Open();
            return JsonNode.Parse(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            problems.Add($"{entry.FullName} is not valid JSON: {ex.Message}");
            return null;
        }
    }
}
