using Alerts.Cli.Conformance;
using Alerts.Extract;
using HtmlAgilityPack;

namespace Alerts.Cli.Bench;

/// <summary>Our extractor against SmartReader and a bare HtmlAgilityPack parse (the floor: no extraction at all).</summary>
public static class ExtractBench
{
    public sealed record Result(string Corpus, IReadOnlyList<Measurement> Extractors, double? OursF1, double? SmartReaderF1)
    {
        public Measurement Get(string name) => Extractors.First(e => e.Name == name);
    }

    private static readonly Uri PageUrl = new("http://fakehost/test/page.html");

    public static Result Run(string corpus, IReadOnlyList<BenchFile> pages, BenchSettings settings, string? scoredPagesDir)
    {
        var texts = pages.Select(p => new BenchFile(p.Name, p.Bytes)).Select(p => (p.Name, Html: HtmlText.Decode(p.Bytes, null), Bytes: p.Bytes.LongLength)).ToList();
        var ours = new ArticleExtractor();
        var smart = new SmartReaderExtractor();
        var results = new List<Measurement>
        {
            Measure.Passes("ours", texts, t => t.Bytes, t => ours.Extract(t.Html, PageUrl).Text.Length, settings),
            Measure.Passes("smartreader", texts, t => t.Bytes, t => smart.Extract(t.Html, PageUrl).Text.Length, settings),
            Measure.Passes("bare-hap", texts, t => t.Bytes, t =>
            {
                var doc = new HtmlDocument();
                doc.LoadHtml(t.Html);
                return doc.DocumentNode.ChildNodes.Count;
            }, settings),
        };
        double? oursF1 = null, smartF1 = null;
        if (scoredPagesDir != null)
        {
            oursF1 = ArticleConformance.Run(scoredPagesDir, ours).MeanF1;
            smartF1 = ArticleConformance.Run(scoredPagesDir, smart).MeanF1;
        }
        return new Result(corpus, results, oursF1, smartF1);
    }

    public static IReadOnlyList<BenchFile> ReadabilityPages(string shared, bool quick)
    {
        var dir = ArticleConformance.PagesDirectory(shared);
        if (!Directory.Exists(dir)) return [];
        var pages = Directory.GetDirectories(dir).Order(StringComparer.Ordinal)
            .Select(d => Path.Combine(d, "source.html")).Where(File.Exists).ToList();
        var step = quick ? 3 : 1;
        return pages.Where((_, i) => i % step == 0).Select(p => new BenchFile(Path.GetFileName(Path.GetDirectoryName(p))!, File.ReadAllBytes(p))).ToList();
    }

    /// <summary>SmartReader behind our extractor port, so the conformance scorer rates both the same way.</summary>
    private sealed class SmartReaderExtractor : IArticleExtractor
    {
        public ExtractedArticle Extract(string html, Uri? baseUrl = null)
        {
            var article = new SmartReader.Reader((baseUrl ?? PageUrl).AbsoluteUri, html).GetArticle();
            return new ExtractedArticle { Title = article.Title, Byline = article.Byline, Text = article.TextContent ?? "" };
        }
    }
}
