using Alerts.Cli;
using Alerts.Sources;

namespace Alerts.Tests.Sources;

public sealed class SourceCatalogTests
{
    private static SourceCatalogException Invalid(string sourcesJson) =>
        Assert.Throws<SourceCatalogException>(() => SourceCatalog.Parse($$"""{ "version": 1, "sources": [ {{sourcesJson}} ] }"""));

    [Fact]
    public void Every_error_names_the_source_and_the_field()
    {
        var ex = Invalid("""
            { "id": "dup", "url": "https://a.example.org/rss" },
            { "id": "dup", "url": "https://b.example.org/rss" },
            { "id": "bad-url", "url": "not a url" },
            { "id": "ftp", "url": "ftp://files.example.org/feed.xml" },
            { "id": "page-no-selectors", "kind": "page", "url": "https://c.example.org/news" },
            { "id": "page-half", "kind": "page", "url": "https://c.example.org/news2", "selectors": { "item": "//li" } },
            { "id": "too-often", "url": "https://d.example.org/rss", "interval": "30s" },
            { "id": "odd-kind", "kind": "podcast", "url": "https://e.example.org/rss" },
            { "id": "bad-lang", "url": "https://f.example.org/rss", "lang": "English" },
            { "id": "bad-interval", "url": "https://g.example.org/rss", "interval": "often" },
            { "id": "typo", "url": "https://h.example.org/rss", "intervall": "5m" },
            { "url": "https://i.example.org/rss" },
            { "id": "Upper Case", "url": "https://j.example.org/rss" }
            """);

        var errors = ex.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("source 'dup': id: duplicate id", errors);
        Assert.Contains(errors, e => e.StartsWith("source 'bad-url': url:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("source 'ftp': url: scheme 'ftp'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("source 'page-no-selectors': selectors:", StringComparison.Ordinal));
        Assert.Contains("source 'page-half': selectors.title: missing", errors);
        Assert.Contains("source 'page-half': selectors.link: missing", errors);
        Assert.Contains(errors, e => e.StartsWith("source 'too-often': interval: 30s is below", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("source 'odd-kind': kind: unknown kind 'podcast'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("source 'bad-lang': lang:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("source 'bad-interval': interval:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("source 'typo': intervall: unknown field", StringComparison.Ordinal));
        Assert.Contains("source '#12': id: missing", errors);
        Assert.Contains(errors, e => e.StartsWith("source 'Upper Case': id:", StringComparison.Ordinal));
        Assert.Equal(13, errors.Count);
        Assert.Contains("13 errors", ex.Message);
    }

    [Fact]
    public void Malformed_json_names_the_line()
    {
        var ex = Assert.Throws<SourceCatalogException>(() => SourceCatalog.Parse("{\n \"sources\": [\n { \"id\": \"a\" \"url\": \"x\" }\n ]\n}"));
        Assert.Contains("line 3", ex.Errors.Single().ToString());
    }

    [Fact]
    public void A_missing_file_is_a_catalogue_error()
    {
        var ex = Assert.Throws<SourceCatalogException>(() => SourceCatalog.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("n"), "sources.json")));
        Assert.Contains("not found", ex.Message);
    }

    [Fact]
    public void Saves_and_loads_without_loss()
    {
        var catalog = new SourceCatalog
        {
            Note = "test catalogue",
            Sources =
            [
                new SourceDefinition { Id = "feed-a", Url = "https://a.example.org/rss", Name = "A", Lang = "be", Interval = TimeSpan.FromMinutes(90), Tags = ["releases", "belarus"] },
                new SourceDefinition { Id = "page-b", Kind = SourceKind.Page, Url = "https://b.example.org/news", Enabled = false, Interval = TimeSpan.FromHours(2),
                    Selectors = new("//article", ".//h2", ".//a/@href", ".//time", ".//p") },
            ],
        };
        var path = Path.Combine(Path.GetTempPath(), "alerts-tests-" + Guid.NewGuid().ToString("n"), "config", "sources.json");
        try
        {
            catalog.Save(path);
            var loaded = SourceCatalog.Load(path);
            Assert.Equal("test catalogue", loaded.Note);
            Assert.Equal(catalog.Sources.Count, loaded.Sources.Count);
            for (var i = 0; i < catalog.Sources.Count; i++)
            {
                var (a, b) = (catalog.Sources[i], loaded.Sources[i]);
                Assert.Equal(a with { Tags = [] }, b with { Tags = [] });
                Assert.Equal(a.Tags, b.Tags);
            }
            Assert.Contains("\"interval\": \"90m\"", File.ReadAllText(path));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(path))!, recursive: true);
        }
    }

    [Fact]
    public void Merge_skips_known_urls_and_renames_taken_ids()
    {
        var catalog = new SourceCatalog { Sources = [new SourceDefinition { Id = "monitor", Url = "https://monitor.example.org/rss" }] };
        var incoming = new[]
        {
            new SourceDefinition { Id = "monitor", Url = "http://monitor.example.org/rss/?utm_source=x" },
            new SourceDefinition { Id = "monitor", Url = "https://monitor.example.org/other" },
        };
        var (merged, added, duplicates) = catalog.Merge(incoming);
        Assert.Equal(1, added);
        Assert.Equal(1, duplicates);
        Assert.Equal(["monitor", "monitor-2"], merged.Sources.Select(s => s.Id));
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("15m", 900)]
    [InlineData("2h", 7200)]
    [InlineData("1d", 86400)]
    [InlineData("00:05:00", 300)]
    public void Parses_intervals(string text, int seconds)
    {
        Assert.True(IntervalText.TryParse(text, out var interval));
        Assert.Equal(TimeSpan.FromSeconds(seconds), interval);
        Assert.True(IntervalText.TryParse(IntervalText.Format(interval), out var again));
        Assert.Equal(interval, again);
    }

    [Fact]
    public void The_shipped_catalogue_is_valid_and_covers_both_topics_in_seven_languages()
    {
        var catalog = SourceCatalog.Load(SourceCatalog.DefaultPath(RepoPaths.Root));

        Assert.True(catalog.RequiresNetwork);
        foreach (var lang in new[] { "en", "ru", "be", "uk", "de", "fr", "pl" })
        {
            foreach (var topic in new[] { "releases", "sanctions" })
            {
                Assert.Contains(catalog.Sources, s => s.Lang == lang && s.Tags.Contains(topic) && s.Tags.Contains("news-search")
                    && s.Url.StartsWith("https://news.google.com/rss/search?", StringComparison.Ordinal));
            }
        }
        Assert.Contains(catalog.Sources, s => s.Url.Contains("ofac.treasury.gov", StringComparison.Ordinal));
        Assert.Contains(catalog.Sources, s => s.Url.Contains("consilium.europa.eu", StringComparison.Ordinal));
        Assert.Contains(catalog.Sources, s => s.Url.Contains("gov.uk", StringComparison.Ordinal));
        Assert.Contains(catalog.Sources, s => s.Url.Contains("press.un.org", StringComparison.Ordinal));
        Assert.Contains(catalog.Sources, s => s.Tags.Contains("prisoner-lists"));
    }
}
