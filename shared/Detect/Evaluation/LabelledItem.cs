using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alerts.Detect.Evaluation;

/// <summary>One line of a labelled set (dev-items.jsonl schema). Label fields are null in unlabelled input.</summary>
public sealed record LabelledItem
{
    public string Id { get; init; } = "";
    public string? Lang { get; init; }
    public string Title { get; init; } = "";
    public string? Summary { get; init; }
    public string? Source { get; init; }
    public string? Published { get; init; }
    public string? Url { get; init; }
    public List<string>? Topics { get; init; }
    public string? ReleaseStage { get; init; }
    public string? SanctionsAction { get; init; }
    public List<string>? Countries { get; init; }
    public int? ReleasedCount { get; init; }
    public string? EventId { get; init; }
    public bool HardNegative { get; init; }

    /// <summary>What the detector may read: never the labels.</summary>
    public DetectInput ToInput() => new()
    {
        Id = Id,
        Lang = Lang,
        Title = Title,
        Summary = Summary,
        Source = Source,
        Url = Url,
        Published = DateTimeOffset.TryParse(Published, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var when) ? when : null,
    };
}

/// <summary>One line of classify's output.</summary>
public sealed record PredictionLine
{
    public string Id { get; init; } = "";
    public List<string> Topics { get; init; } = [];
    public string? ReleaseStage { get; init; }
    public string? SanctionsAction { get; init; }
    public List<string> Countries { get; init; } = [];
    public int? ReleasedCount { get; init; }
    public string? StoryId { get; init; }
    public List<string> Evidence { get; init; } = [];
    public double Confidence { get; init; }
}

/// <summary>JSON Lines in the sets' snake_case, with clear errors naming the bad line.</summary>
public static class Jsonl
{
    // Any record type of the evaluation tools, read by reflection: the CLI uses this, never the handler.
    private const string OfflineTooling = "Reads and writes arbitrary types by reflection; for the evaluation tools only.";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [RequiresUnreferencedCode(OfflineTooling), RequiresDynamicCode(OfflineTooling)]
    public static List<T> Read<T>(string path)
    {
        var items = new List<T>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                items.Add(JsonSerializer.Deserialize<T>(line, Options) ?? throw new JsonException("null line"));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{number}: not a valid item ({e.Message})", e);
            }
        }
        return items;
    }

    [RequiresUnreferencedCode(OfflineTooling), RequiresDynamicCode(OfflineTooling)]
    public static void Write<T>(string path, IEnumerable<T> items)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        foreach (var item in items) writer.WriteLine(JsonSerializer.Serialize(item, Options));
    }
}
