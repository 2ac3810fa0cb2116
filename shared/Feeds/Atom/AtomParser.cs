using Alerts.Feeds.Text;
using Alerts.Feeds.Xml;

namespace Alerts.Feeds.Atom;

/// <summary>Atom 1.0 (RFC 4287) and Atom 0.3 (issued/modified/created, mode="escaped|base64").</summary>
internal static class AtomParser
{
    public static AtomFeed Parse(FeedXmlElement root)
    {
        var ns = root.Namespace;
        var format = ns == FeedNamespaces.Atom03 || (ns.Length == 0 && root.Attribute("version")?.Trim() == "0.3") ? "atom0.3" : "atom1.0";
        var feed = new AtomFeed { Format = format, Namespace = ns, Lang = root.Lang };
        foreach (var child in root.Elements())
        {
            if (child.Namespace != ns) continue;
            switch (child.LocalName)
            {
                case "title": feed.Title ??= child; break;
                case "link": AddLink(feed.Links, child); break;
                case "entry": feed.Entries.Add(ReadEntry(child, ns)); break;
            }
        }
        return feed;
    }

    private static AtomEntry ReadEntry(FeedXmlElement element, string ns)
    {
        var entry = new AtomEntry { Lang = element.Lang };
        string? created = null;
        foreach (var child in element.Elements())
        {
            if (child.Namespace != ns)
            {
                ReadForeign(entry, child);
                continue;
            }
            switch (child.LocalName)
            {
                case "title": entry.Title ??= child; break;
                case "link": AddLink(entry.Links, child); break;
                case "id": entry.Id ??= FieldText.Value(child); break;
                case "published" or "issued": entry.Published ??= FieldText.Value(child); break;
                case "updated" or "modified": entry.Updated ??= FieldText.Value(child); break;
                case "created": created ??= FieldText.Value(child); break;
                case "summary": entry.Summary ??= child; break;
                case "content": entry.Content ??= child; break;
                case "author":
                    entry.Authors.Add((FieldText.Value(child.Element(ns, "name")), FieldText.Value(child.Element(ns, "email"))));
                    break;
                case "category":
                    // The label is the human-readable name; the term is often a slug.
                    if ((FieldText.NullIfEmpty(child.Attribute("label")?.Trim()) ?? child.Attribute("term")) is { Length: > 0 } term) entry.Categories.Add(term.Trim());
                    break;
            }
        }
        entry.Published ??= created;
        return entry;
    }

    /// <summary>Dublin Core in Atom entries: dc:subject and dc:creator are common in blog software exports.</summary>
    private static void ReadForeign(AtomEntry entry, FeedXmlElement child)
    {
        if (child.Namespace != FeedNamespaces.DublinCore) return;
        if (child.LocalName == "subject" && FieldText.Value(child) is { } subject) entry.Categories.Add(subject);
        else if (child.LocalName == "creator" && entry.Authors.Count == 0) entry.Authors.Add((FieldText.Value(child), null));
        else if (child.LocalName == "date") entry.Published ??= FieldText.Value(child);
    }

    private static void AddLink(List<AtomLink> links, FeedXmlElement element)
    {
        var href = element.Attribute("href") ?? FieldText.Value(element);
        if (string.IsNullOrWhiteSpace(href)) return;
        var resolved = BaseUris.ResolveLink(element.BaseUri, href)!;
        links.Add(new AtomLink(resolved, element.Attribute("rel")?.Trim() ?? "alternate", element.Attribute("type"), element.Attribute("length")));
    }
}
