using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Alerts.Extract;

namespace Alerts.Sources;

/// <summary>
/// The sources catalogue (config/sources.json): what to fetch, how often, and how to read pages without a feed.
/// Loading validates everything and reports all problems at once, so a deployment fails at start-up with a
/// list to fix rather than one error per restart.
/// </summary>
public sealed record SourceCatalog
{
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = SourceFileJsonContext.Default,
    };

    public IReadOnlyList<SourceDefinition> Sources { get; init; } = [];
    public string? Note { get; init; }
    /// <summary>True for catalogues of real outlets: useless without internet access (the demo uses its own feeds).</summary>
    public bool RequiresNetwork { get; init; }

    public static string DefaultPath(string repoRoot) => Path.Combine(repoRoot, "config", "sources.json");

    /// <exception cref="SourceCatalogException">Missing file, bad JSON, or invalid sources (all listed).</exception>
    public static SourceCatalog Load(string path)
    {
        if (!File.Exists(path)) throw new SourceCatalogException([new("(file)", "path", "not found")], path);
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (SourceCatalogException ex)
        {
            throw new SourceCatalogException(ex.Errors, path);
        }
    }

    /// <exception cref="SourceCatalogException">Bad JSON or invalid sources (all listed).</exception>
    public static SourceCatalog Parse(string json)
    {
        SourceFileModel? file;
        try
        {
            file = JsonSerializer.Deserialize(json, (JsonTypeInfo<SourceFileModel>)Json.GetTypeInfo(typeof(SourceFileModel)));
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}: " : "";
            throw new SourceCatalogException([new("(file)", "json", where + FirstSentence(ex.Message))]);
        }
        if (file?.Sources is null) throw new SourceCatalogException([new("(file)", "sources", "missing: expected { \"sources\": [ ... ] }")]);

        var errors = new List<SourceError>();
        var sources = new List<SourceDefinition>();
        var positions = new List<int>();
        for (var i = 0; i < file.Sources.Count; i++)
        {
            var definition = Adapt(file.Sources[i], i, errors);
            if (definition is null) continue;
            sources.Add(definition);
            positions.Add(i);
        }
        errors.AddRange(SourceValidator.Validate(sources, positions));
        if (errors.Count > 0) throw new SourceCatalogException(errors);
        return new SourceCatalog { Sources = sources, Note = file.Note, RequiresNetwork = file.RequiresNetwork ?? false };
    }

    public void Save(string path)
    {
        var errors = SourceValidator.Validate(Sources);
        if (errors.Count > 0) throw new SourceCatalogException(errors, path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, ToJson());
        File.Move(temp, path, overwrite: true);
    }

    public string ToJson()
    {
        var file = new SourceFileModel
        {
            Version = CurrentVersion,
            Note = Note,
            RequiresNetwork = RequiresNetwork ? true : null,
            Sources = Sources.Select(ToModel).ToList()!,
        };
        return JsonSerializer.Serialize(file, (JsonTypeInfo<SourceFileModel>)Json.GetTypeInfo(typeof(SourceFileModel))) + Environment.NewLine;
    }

    /// <summary>Adds sources whose URL is not in the catalogue yet, renaming ids that are taken.</summary>
    public (SourceCatalog Catalog, int Added, int Duplicates) Merge(IEnumerable<SourceDefinition> incoming)
    {
        var urls = new HashSet<string>(Sources.Select(s => SourceIds.UrlKey(s.Url)), StringComparer.Ordinal);
        var ids = new HashSet<string>(Sources.Select(s => s.Id), StringComparer.OrdinalIgnoreCase);
        var merged = Sources.ToList();
        var duplicates = 0;
        foreach (var source in incoming)
        {
            if (!urls.Add(SourceIds.UrlKey(source.Url))) { duplicates++; continue; }
            merged.Add(source with { Id = SourceIds.Unique(source.Id, ids) });
        }
        return (this with { Sources = merged }, merged.Count - Sources.Count, duplicates);
    }

    private static SourceDefinition? Adapt(SourceEntryModel? raw, int index, List<SourceError> errors)
    {
        var label = SourceValidator.Label(raw?.Id, index);
        if (raw is null) { errors.Add(new(label, "(source)", "null entry")); return null; }
        foreach (var field in raw.Unknown?.Keys ?? Enumerable.Empty<string>())
        {
            errors.Add(new(label, field, "unknown field (expected id, kind, url, name, lang, interval, enabled, selectors, tags)"));
        }
        var kind = SourceKind.Feed;
        if ((raw.Kind != null && !Enum.TryParse(raw.Kind, ignoreCase: true, out kind)) || !Enum.IsDefined(kind))
        {
            errors.Add(new(label, "kind", $"unknown kind '{raw.Kind}' (expected feed or page)"));
            return null;
        }
        var interval = TimeSpan.FromMinutes(5);
        if (raw.Interval is { } value && !TryInterval(value, out interval))
        {
            errors.Add(new(label, "interval", $"'{value}' is not an interval such as 15m, 2h or 00:15:00"));
            return null;
        }
        var sel = raw.Selectors;
        return new SourceDefinition
        {
            Id = raw.Id?.Trim() ?? "",
            Kind = kind,
            Url = raw.Url?.Trim() ?? "",
            Name = raw.Name,
            Lang = raw.Lang,
            Interval = interval,
            Enabled = raw.Enabled ?? true,
            Selectors = sel is null ? null : new PageSelectors(sel.Item ?? "", sel.Title ?? "", sel.Link ?? "", sel.Date, sel.Summary),
            Tags = raw.Tags ?? [],
        };
    }

    private static bool TryInterval(JsonElement value, out TimeSpan interval)
    {
        interval = default;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var minutes))
        {
            interval = TimeSpan.FromMinutes(minutes);
            return true;
        }
        return value.ValueKind == JsonValueKind.String && IntervalText.TryParse(value.GetString(), out interval);
    }

    private static SourceEntryModel ToModel(SourceDefinition s) => new()
    {
        Id = s.Id,
        Kind = s.Kind.ToString().ToLowerInvariant(),
        Url = s.Url,
        Name = s.Name,
        Lang = s.Lang,
        Interval = JsonSerializer.SerializeToElement(IntervalText.Format(s.Interval), SourceFileJsonContext.Default.String),
        Enabled = s.Enabled ? null : false,
        Selectors = s.Selectors is { } p ? new SelectorsModel { Item = p.Item, Title = p.Title, Link = p.Link, Date = p.Date, Summary = p.Summary } : null,
        Tags = s.Tags.Count == 0 ? null : s.Tags.ToList(),
    };

    private static string FirstSentence(string message)
    {
        var line = message.ReplaceLineEndings(" ");
        var cut = line.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? line[..cut] : line;
    }
}
