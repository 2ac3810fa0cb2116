namespace Alerts.Extract;

/// <summary>
/// Readability-style article extraction: metadata walk, content tree with boilerplate dropped, scoring to find
/// the article block, then rendering to plain text. Stateless, so one instance serves every thread.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    /// <summary>Below this many characters the result is suspect and the page is read again with fewer assumptions.</summary>
    private const int EnoughText = 500;

    public ExtractedArticle Extract(string html, Uri? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var doc = HtmlDom.Parse(html);
        var metadata = MetadataReader.Read(doc).ToArticle();
        var model = ContentModel.Build(doc.DocumentNode);
        var renderer = new TextRenderer(metadata.Title, metadata.Byline);
        var text = "";
        (BoilerplateHints.Strictness, bool)? previous = null;
        // Class hints misfire on some layouts ("page-with-sidebar" wrapping the article), so a page that yields
        // too little is read again trusting the hints less, and finally without the in-content cleaning. A retry
        // re-measures the model built once above; one the page's hints cannot change is skipped.
        foreach (var (strictness, clean) in Attempts)
        {
            if (previous is var (lastStrictness, lastClean) && lastClean == clean && model.SameReading(lastStrictness, strictness)) continue;
            previous = (strictness, clean);
            model.Measure(strictness);
            var attempt = renderer.Render(ContentScorer.SelectContent(model), clean);
            if (attempt.Length > text.Length) text = attempt;
            // Short pages are short: look again only when the page has much more text than was found.
            if (text.Length >= EnoughText || model.PageText < 2 * text.Length + 100) break;
        }
        return metadata with
        {
            Text = text,
            Excerpt = metadata.Excerpt ?? FirstParagraph(text),
        };
    }

    private static readonly (BoilerplateHints.Strictness, bool)[] Attempts =
    [
        (BoilerplateHints.Strictness.All, true),
        (BoilerplateHints.Strictness.StrongOnly, true),
        (BoilerplateHints.Strictness.None, true),
        (BoilerplateHints.Strictness.None, false),
    ];

    private static string? FirstParagraph(string text)
    {
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        return first.Length == 0 ? null : first;
    }
}
