namespace Alerts.Extract;

/// <summary>
/// Readability-style article extraction: metadata walk, content tree with boilerplate dropped, scoring to find
/// the article block, then rendering to plain text. Stateless, so one instance serves every thread.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    public ExtractedArticle Extract(string html, Uri? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var doc = HtmlDom.Parse(html);
        var metadata = MetadataReader.Read(doc).ToArticle();
        var (root, all) = ContentModel.Build(doc.DocumentNode);
        var content = ContentScorer.SelectContent(root, all);
        var text = new TextRenderer(metadata.Title, metadata.Byline).Render(content);
        return metadata with
        {
            Text = text,
            Excerpt = metadata.Excerpt ?? FirstParagraph(text),
        };
    }

    private static string? FirstParagraph(string text)
    {
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        return first.Length == 0 ? null : first;
    }
}
