using System.Text.Json;

namespace Alerts.Cli.Conformance;

/// <summary>One gofeed test input with the expected output of gofeed's universal translator.</summary>
public sealed record GofeedCase(string Name, string InputPath, string ExpectedPath)
{
    /// <summary>
    /// Pairs under testdata/translator/{rss,atom} and testdata/extensions (x.xml + x.json) and
    /// testdata/translator/json (x.json + x_expected.json). The parser/ folders hold per-format models, not the
    /// universal one, so they are not compared.
    /// </summary>
    public static List<GofeedCase> Discover(string gofeedRoot)
    {
        var cases = new List<GofeedCase>();
        var testdata = Path.Combine(gofeedRoot, "testdata");
        foreach (var dir in new[] { "translator/rss", "translator/atom", "extensions/dublincore", "extensions/itunes", "extensions/media" })
        {
            var full = Path.Combine(testdata, dir);
            if (!Directory.Exists(full)) continue;
            foreach (var xml in Directory.GetFiles(full, "*.xml").Order(StringComparer.Ordinal))
            {
                var expected = Path.ChangeExtension(xml, ".json");
                if (File.Exists(expected)) cases.Add(new GofeedCase(Path.Combine(dir, Path.GetFileNameWithoutExtension(xml)), xml, expected));
            }
        }
        var json = Path.Combine(testdata, "translator/json");
        if (Directory.Exists(json))
        {
            foreach (var expected in Directory.GetFiles(json, "*_expected.json").Order(StringComparer.Ordinal))
            {
                var input = expected[..^"_expected.json".Length] + ".json";
                if (File.Exists(input)) cases.Add(new GofeedCase(Path.Combine("translator/json", Path.GetFileNameWithoutExtension(input)), input, expected));
            }
        }
        return cases;
    }

    /// <summary>Our format name for gofeed's feedType/feedVersion pair.</summary>
    public static string FormatOf(JsonElement expected)
    {
        var type = Str(expected, "feedType");
        var version = Str(expected, "feedVersion") ?? "";
        return type switch
        {
            "rss" when version == "1.0" => "rdf",
            "rss" when version is "0.90" or "0.9" => "rss0.90",
            "rss" => "rss" + (version.Length == 0 ? "2.0" : version),
            "atom" => "atom" + version,
            "json" => version == "1.1" ? "jsonfeed1.1" : "jsonfeed1.0",
            _ => "unknown",
        };
    }

    internal static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
