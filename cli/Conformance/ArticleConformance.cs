using System.Diagnostics;
using System.Text.Json;
using Alerts.Extract;

namespace Alerts.Cli.Conformance;

public sealed record ArticlePageResult(string Page, double Precision, double Recall, double F1, bool TitleOk, bool BylineOk,
    string? ExpectedTitle, string? ActualTitle, string? ExpectedByline, string? ActualByline);

public sealed record ArticleConformanceReport(IReadOnlyList<ArticlePageResult> Pages, double MeanF1, double TitleAccuracy,
    double BylineAccuracy, double PagesPerSecond);

/// <summary>
/// Runs the extractor over the readability test pages (source.html, expected.html, expected-metadata.json per
/// folder) and scores text, title and byline.
/// </summary>
public static class ArticleConformance
{
    public static string PagesDirectory(string shared) =>
        Path.Combine(shared, "corpora", "articles", "readability-testpages", "test", "test-pages");

    public static ArticleConformanceReport Run(string pagesDir, IArticleExtractor extractor)
    {
        var results = new List<ArticlePageResult>();
        var extractTime = TimeSpan.Zero;
        foreach (var dir in Directory.GetDirectories(pagesDir).Order(StringComparer.Ordinal))
        {
            var source = Path.Combine(dir, "source.html");
            var expected = Path.Combine(dir, "expected.html");
            if (!File.Exists(source) || !File.Exists(expected)) continue;
            var html = HtmlText.Decode(File.ReadAllBytes(source), null);
            var clock = Stopwatch.StartNew();
            var article = extractor.Extract(html, new Uri("http://fakehost/test/page.html"));
            extractTime += clock.Elapsed;
            var expectedText = HtmlDom.Text(HtmlDom.Parse(File.ReadAllText(expected)).DocumentNode);
            var score = ShingleScore.Compare(article.Text, expectedText);
            var (title, byline) = ReadMetadata(Path.Combine(dir, "expected-metadata.json"));
            results.Add(new ArticlePageResult(Path.GetFileName(dir), score.Precision, score.Recall, score.F1,
                NormaliseTitle(title) == NormaliseTitle(article.Title), NormaliseByline(byline) == NormaliseByline(article.Byline),
                title, article.Title, byline, article.Byline));
        }
        results.Sort((a, b) => a.F1.CompareTo(b.F1));
        var n = Math.Max(1, results.Count);
        return new ArticleConformanceReport(results,
            results.Sum(r => r.F1) / n,
            results.Count(r => r.TitleOk) / (double)n,
            results.Count(r => r.BylineOk) / (double)n,
            extractTime.TotalSeconds > 0 ? results.Count / extractTime.TotalSeconds : 0);
    }

    /// <summary>Titles compare after Unicode compatibility folding, lower-casing, whitespace collapsing and ASCII quotes/dashes.</summary>
    public static string NormaliseTitle(string? title) => TextNormalizer.ForComparison(title);

    /// <summary>Bylines compare like titles, with a leading "by" and trailing punctuation removed.</summary>
    public static string NormaliseByline(string? byline)
    {
        var key = TextNormalizer.ForComparison(byline);
        if (key.StartsWith("by ", StringComparison.Ordinal)) key = key[3..];
        return key.Trim().TrimEnd('.', ',', ';', ':', '|', '-').Trim();
    }

    private static (string? Title, string? Byline) ReadMetadata(string path)
    {
        if (!File.Exists(path)) return (null, null);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return (Get(doc.RootElement, "title"), Get(doc.RootElement, "byline"));
    }

    private static string? Get(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
