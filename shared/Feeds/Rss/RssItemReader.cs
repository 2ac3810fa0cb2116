using Alerts.Feeds.Text;
using Alerts.Feeds.Xml;
using static Alerts.Feeds.Xml.FeedNamespaces;

namespace Alerts.Feeds.Rss;

/// <summary>
/// Reads one &lt;item&gt; into an <see cref="RssItem"/>: the core elements in <c>coreNamespace</c> (none for RSS 2.0,
/// the RSS 1.0 or 0.90 namespace for RDF) and the modules feeds mix in (Dublin Core, content, media, iTunes, Atom).
/// Takes the item's children one at a time, so the tree parsers and the streaming reader share it.
/// </summary>
internal sealed class RssItemReader(FeedXmlElement element, string coreNamespace)
{
    private readonly RssItem _item = new() { BaseUri = element.BaseUri, Lang = element.Lang };
    private FeedXmlElement? _dcTitle, _dcDescription, _itunesSummary, _atomContent;
    private string? _dcDate, _atomPublished, _atomUpdated, _dcModified, _atomLink;
    private List<string>? _dcCreators, _itunesAuthors, _atomAuthors, _dcSubjects, _atomTerms;

    public static RssItem Read(FeedXmlElement element, string coreNamespace)
    {
        var reader = new RssItemReader(element, coreNamespace);
        foreach (var child in element.Elements()) reader.Add(child);
        return reader.Finish();
    }

    public void Add(FeedXmlElement child)
    {
        var item = _item;
        var ns = child.Namespace;
        if (ns == coreNamespace || ns.Length == 0)
        {
            ReadCore(item, child);
        }
        else if (ns == DublinCore || ns == DcTerms)
        {
            switch (child.LocalName)
            {
                case "title": _dcTitle ??= child; break;
                case "description": _dcDescription ??= child; break;
                case "date" or "issued" or "created": _dcDate ??= FieldText.Value(child); break;
                case "modified": _dcModified ??= FieldText.Value(child); break;
                case "creator" or "author" or "contributor": Add(ref _dcCreators, FieldText.Value(child)); break;
                case "subject": Add(ref _dcSubjects, FieldText.Value(child)); break;
                case "language": item.Language ??= FieldText.Value(child); break;
                case "identifier": item.Guid ??= FieldText.Value(child); break;
            }
        }
        else if (ns == Content && child.LocalName == "encoded")
        {
            item.Content ??= child;
        }
        else if (ns == Media)
        {
            ReadMedia(item, child);
        }
        else if (ns == ITunes)
        {
            if (child.LocalName == "summary") _itunesSummary ??= child;
            else if (child.LocalName == "author") Add(ref _itunesAuthors, FieldText.Value(child));
            else if (child.LocalName == "keywords") item.Keywords.AddRange(SplitKeywords(FieldText.Value(child)));
        }
        else if (ns == Atom10 || ns == Atom03)
        {
            switch (child.LocalName)
            {
                case "published" or "issued": _atomPublished ??= FieldText.Value(child); break;
                case "updated" or "modified": _atomUpdated ??= FieldText.Value(child); break;
                case "content": _atomContent ??= child; break;
                case "author": Add(ref _atomAuthors, AuthorText.Display(FieldText.Value(child.Element(ns, "name")), FieldText.Value(child.Element(ns, "email")))); break;
                case "category": Add(ref _atomTerms, child.Attribute("term")); break;
                case "link" when (child.Attribute("rel") ?? "alternate") == "alternate": _atomLink ??= child.Attribute("href"); break;
            }
        }
    }

    public RssItem Finish()
    {
        var item = _item;
        item.Title ??= _dcTitle;
        item.Description ??= _dcDescription ?? _itunesSummary;
        item.Content ??= _atomContent;
        item.Link ??= _atomLink;
        item.PubDate ??= _dcDate ?? _atomPublished;
        item.Updated = _atomUpdated ?? _dcModified ?? _dcDate;
        if (item.Authors.Count == 0) item.Authors.AddRange(_dcCreators ?? _itunesAuthors ?? _atomAuthors ?? []);
        item.Categories.AddRange(item.Keywords);
        item.Categories.AddRange(_dcSubjects ?? []);
        item.Categories.AddRange(_atomTerms ?? []);
        return item;
    }

    private static void ReadCore(RssItem item, FeedXmlElement child)
    {
        switch (child.LocalName)
        {
            case "title": item.Title ??= child; break;
            case "link":
                // RSS links are text; some feeds write an Atom-style href attribute on a plain <link>.
                item.Link ??= FieldText.Value(child) ?? child.Attribute("href");
                break;
            case "guid":
                item.Guid ??= FieldText.Value(child);
                item.GuidIsPermaLink = !string.Equals(child.Attribute("isPermaLink")?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
                break;
            case "pubDate": item.PubDate ??= FieldText.Value(child); break;
            case "description": item.Description ??= child; break;
            case "author": if (FieldText.Value(child) is { } author) item.Authors.Add(author); break;
            case "category": if (FieldText.Value(child) is { } category) item.Categories.Add(category); break;
            case "enclosure":
                if (child.Attribute("url") is { Length: > 0 } url)
                {
                    item.Enclosures.Add(new RssEnclosure(url, child.Attribute("type"), child.Attribute("length")));
                }
                break;
        }
    }

    private static void ReadMedia(RssItem item, FeedXmlElement child)
    {
        if (child.LocalName == "group")
        {
            foreach (var inner in child.Elements()) ReadMedia(item, inner);
            return;
        }
        if (child.LocalName != "content" || child.Attribute("url") is not { Length: > 0 } url) return;
        item.Enclosures.Add(new RssEnclosure(url, child.Attribute("type") ?? MediumType(child.Attribute("medium")), child.Attribute("fileSize")));
    }

    private static string? MediumType(string? medium) => medium is null ? null : medium + "/*";

    private static IEnumerable<string> SplitKeywords(string? keywords) =>
        keywords is null ? [] : keywords.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Add(ref List<string>? list, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        (list ??= []).Add(value.Trim());
    }
}
