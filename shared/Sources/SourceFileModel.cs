using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alerts.Sources;

/// <summary>
/// config/sources.json exactly as written on disk. Every field is loose (strings, nullable) so that one bad
/// source yields an error naming it instead of failing the whole file at the first type mismatch.
/// </summary>
internal sealed class SourceFileModel
{
    public int? Version { get; set; }
    public string? Note { get; set; }
    public bool? RequiresNetwork { get; set; }
    public List<SourceEntryModel?>? Sources { get; set; }
}

internal sealed class SourceEntryModel
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Url { get; set; }
    public string? Name { get; set; }
    public string? Lang { get; set; }
    /// <summary>"15m", "2h", "00:15:00", or a number of minutes.</summary>
    public JsonElement? Interval { get; set; }
    public bool? Enabled { get; set; }
    public SelectorsModel? Selectors { get; set; }
    public List<string>? Tags { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class SelectorsModel
{
    public string? Item { get; set; }
    public string? Title { get; set; }
    public string? Link { get; set; }
    public string? Date { get; set; }
    public string? Summary { get; set; }
}

/// <summary>Compiled metadata for the catalogue file; SourceCatalog adds its own reading and writing options on top.</summary>
[JsonSerializable(typeof(SourceFileModel))]
[JsonSerializable(typeof(string))]
internal sealed partial class SourceFileJsonContext : JsonSerializerContext;
