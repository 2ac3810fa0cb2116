using System.Globalization;
using HtmlAgilityPack;

namespace Alerts.Extract;

/// <summary>Title, byline, date, language, description and site name, gathered in one walk over the page.</summary>
internal sealed class MetadataReader
{
    private readonly Dictionary<string, string> meta = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> jsonLd = [];
    private readonly List<string> headings = [];
    private string? htmlLang;
    private string? documentTitle;
    private string? timeDatetime;
    private string? domByline;
    private string? byLine;

    private static readonly string[] MetaKeyAttributes = ["property", "name", "itemprop", "http-equiv"];

    public string? BaseHref { get; private set; }

    public static MetadataReader Read(HtmlDocument doc)
    {
        var reader = new MetadataReader();
        foreach (var element in HtmlDom.Elements(doc.DocumentNode)) reader.Visit(element);
        return reader;
    }

    private void Visit(HtmlNode e)
    {
        switch (e.Name)
        {
            case "html":
                htmlLang ??= NonEmpty(e.GetAttributeValue("lang", null) ?? e.GetAttributeValue("xml:lang", null));
                break;
            case "title":
                documentTitle ??= NonEmpty(HtmlDom.Text(e));
                break;
            case "base":
                BaseHref ??= NonEmpty(e.GetAttributeValue("href", null));
                break;
            case "meta":
                var content = NonEmpty(e.GetAttributeValue("content", null));
                if (content == null) break;
                content = TextNormalizer.Collapse(HtmlEntity.DeEntitize(content));
                foreach (var attr in MetaKeyAttributes)
                {
                    var key = e.GetAttributeValue(attr, null);
                    if (string.IsNullOrWhiteSpace(key)) continue;
                    // "property" may hold several space-separated names ("og:title twitter:title").
                    foreach (var k in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        meta.TryAdd(k.Trim(), content);
                }
                break;
            case "script" when e.GetAttributeValue("type", "").Contains("ld+json", StringComparison.OrdinalIgnoreCase):
                jsonLd.Add(e.InnerHtml);
                break;
            case "time":
                timeDatetime ??= NonEmpty(e.GetAttributeValue("datetime", null));
                break;
            case "h1":
                if (headings.Count < 5 && HtmlDom.ShortText(e, 300) is { } heading) headings.Add(heading);
                break;
        }
        if (domByline == null && e.Name is not ("html" or "body" or "meta" or "link") && BoilerplateHints.HintsByline(e))
        {
            domByline = BylineCleaner.Clean(HtmlDom.ShortText(e, 100));
        }
        if (byLine == null && e.Name is "p" or "span" or "div" or "address" && e.ChildNodes.Count <= 4 && HtmlDom.StartsWithBy(e))
        {
            var text = HtmlDom.ShortText(e, 60);
            if (text != null && text.StartsWith("By ", StringComparison.Ordinal) && TextNormalizer.CountWords(text) <= 7)
                byLine = BylineCleaner.Clean(text);
        }
    }

    /// <summary>Everything but the text, which the extractor renders afterwards.</summary>
    public ExtractedArticle ToArticle()
    {
        var ld = JsonLdMetadata.Read(jsonLd);
        var siteName = Meta("og:site_name") ?? ld?.Publisher ?? Meta("application-name");
        return new ExtractedArticle
        {
            Title = Title(ld, siteName),
            Byline = Byline(ld),
            Published = ParseDate(Meta("article:published_time")) ?? ParseDate(ld?.DatePublished) ?? ParseDate(Meta("datePublished"))
                ?? ParseDate(timeDatetime) ?? ParseDate(Meta("date")) ?? ParseDate(Meta("dc.date")) ?? ParseDate(Meta("dc.date.issued"))
                ?? ParseDate(Meta("dcterms.created")) ?? ParseDate(Meta("pubdate")) ?? ParseDate(Meta("publish-date"))
                ?? ParseDate(Meta("parsely-pub-date")) ?? ParseDate(Meta("sailthru.date")) ?? ParseDate(Meta("og:published_time")),
            Lang = Language(ld),
            Excerpt = Meta("description") ?? Meta("og:description") ?? Meta("twitter:description"),
            SiteName = siteName,
        };
    }

    private string? Title(JsonLdMetadata? ld, string? siteName)
    {
        var fromPage = TitleCleaner.Clean(documentTitle, siteName, headings);
        // JSON-LD "headline" is sometimes a description; trust it only when it shares words with the page's own title.
        var fromLd = TitleCleaner.Agrees(ld?.Headline, documentTitle) ? ld!.Headline
            : TitleCleaner.Agrees(ld?.Name, documentTitle) ? ld!.Name : null;
        return fromLd ?? Meta("dc:title") ?? Meta("dcterm:title") ?? Meta("dc.title") ?? Meta("og:title") ?? Meta("twitter:title")
               ?? Meta("parsely-title") ?? fromPage ?? headings.FirstOrDefault(h => h.Length > 0);
    }

    private string? Byline(JsonLdMetadata? ld)
    {
        var metaAuthor = Meta("dc:creator") ?? Meta("dcterm:creator") ?? Meta("dc.creator") ?? Meta("author") ?? Meta("parsely-author") ?? Meta("sailthru.author")
                         ?? Meta("article:author");
        if (metaAuthor != null && metaAuthor.StartsWith("http", StringComparison.OrdinalIgnoreCase)) metaAuthor = null;
        return BylineCleaner.Clean(ld?.Author) ?? BylineCleaner.Clean(metaAuthor) ?? domByline ?? byLine;
    }

    private string? Language(JsonLdMetadata? ld)
    {
        var lang = htmlLang ?? Meta("content-language") ?? Meta("og:locale") ?? Meta("language") ?? Meta("dc.language") ?? ld?.Language;
        if (lang == null) return null;
        lang = lang.Split(',')[0].Trim().Replace('_', '-');
        return lang.Length is >= 2 and <= 35 ? lang : null;
    }

    private string? Meta(string key) => meta.TryGetValue(key, out var v) ? v : null;

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
            return parsed.ToUniversalTime();
        return null;
    }
}
