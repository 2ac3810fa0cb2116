using Alerts.Feeds.Text;
using Alerts.Feeds.Xml;
using static Alerts.Feeds.Xml.FeedNamespaces;

namespace Alerts.Feeds.Rss;

/// <summary>
/// Reads one &lt;item&gt; into an <see cref="RssItem"/>: the core elements in <c>coreNamespace</c> (none for RSS 2.0,
/// the RSS 1.0 or 0.90 namespace for RDF) and the modules feeds mix in (Dublin Core, content, media, iTunes, Atom).
/// </summary>
internal static class RssItemReader
{
    public static RssItem Read(FeedXmlElement element, string coreNamespace)
    {
        var item = new RssItem { BaseUri = element.BaseUri, Lang = element.Lang };
        FeedXmlElement? dcTitle = null, dcDescription = null, itunesSummary = null, atomContent = null;
        string? dcDate = null, atomPublished = null, atomUpdated = null, dcModified = null, atomLink = null;
        List<string>? dcCreators = null, itunesAuthors = null, atomAuthors = null, dcSubjects = null, atomTerms = null;
        foreach (var child in element.Elements())
        {
            var ns = child.Namespace;
            if (ns == coreNamespace || ns.Length == 0)
            {
                ReadCore(item, child);
            }
            else if (ns == DublinCore || ns == DcTerms)
            {
                switch (child.LocalName)
                {
                    case "title": dcTitle ??= child; break;
                    case "description": dcDescription ??= child; break;
                    case "date" or "issued" or "created": dcDate ??= FieldText.Value(child); break;
                    case "modified": dcModified ??= FieldText.Value(child); break;
                    case "creator" or "author" or "contributor": Add(ref dcCreators, FieldText.Value(child)); break;
                    case "subject": Add(ref dcSubjects, FieldText.Value(child)); break;
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
                if (child.LocalName == "summary") itunesSummary ??= child;
                else if (child.LocalName == "author") Add(ref itunesAuthors, FieldText.Value(child));
                else if (child.LocalName == "keywords") item.Keywords.AddRange(SplitKeywords(FieldText.Value(child)));
            }
            else if (ns == Atom10 || ns == Atom03)
            {
                switch (child.LocalName)
                {
                    case "published" or "issued": atomPublished ??= FieldText.Value(child); break;
                    case "updated" or "modified": atomUpdated ??= FieldText.Value(child); break;
                    case "content": atomContent ??= child; break;
                    case "author": Add(ref atomAuthors, AuthorText.Display(FieldText.Value(child.Element(ns, "name")), FieldText.Value(child.Element(ns, "email")))); break;
                    case "category": Add(ref atomTerms, child.Attribute("term")); break;
                    case "link" when (child.Attribute("rel") ?? "alternate") == "alternate": atomLink ??= child.Attribute("href"); break;
                }
            }
        }
        item.Title ??= dcTitle;
        item.Description ??= dcDescription ?? itunesSummary;
        item.Content ??= atomContent;
        item.Link ??= atomLink;
        item.PubDate ??= dcDate ?? atomPublished;
        item.Updated = atomUpdated ?? dcModified ?? dcDate;
        if (item.Authors.Count == 0) item.Authors.AddRange(dcCreators ?? itunesAuthors ?? atomAuthors ?? []);
        item.Categories.AddRange(item.Keywords);
        item.Categories.AddRange(dcSubjects ?? []);
        item.Categories.AddRange(atomTerms ?? []);
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
