using Alerts.Feeds.Text;
using Alerts.Feeds.Xml;

namespace Alerts.Feeds.Atom;

/// <summary>One &lt;entry&gt;, child element by child element.</summary>
internal sealed class AtomEntryReader(FeedXmlElement element, string ns)
{
    private readonly AtomEntry _entry = new() { Lang = element.Lang };
    private string? _created;

    /// <summary>Whether children in <paramref name="childNamespace"/> are read at all: the entry's own and Dublin Core.</summary>
    public static bool Reads(string entryNamespace, string childNamespace) =>
        childNamespace == entryNamespace || childNamespace == FeedNamespaces.DublinCore;

    public void Add(FeedXmlElement child)
    {
        var entry = _entry;
        if (child.Namespace != ns)
        {
            ReadForeign(entry, child);
            return;
        }
        switch (child.LocalName)
        {
            case "title": entry.Title ??= child; break;
            case "link": AtomParser.AddLink(entry.Links, child); break;
            case "id": entry.Id ??= FieldText.Value(child); break;
            case "published" or "issued": entry.Published ??= FieldText.Value(child); break;
            case "updated" or "modified": entry.Updated ??= FieldText.Value(child); break;
            case "created": _created ??= FieldText.Value(child); break;
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

    public AtomEntry Finish()
    {
        _entry.Published ??= _created;
        return _entry;
    }

    /// <summary>Dublin Core in Atom entries: dc:subject and dc:creator are common in blog software exports.</summary>
    private static void ReadForeign(AtomEntry entry, FeedXmlElement child)
    {
        if (child.Namespace != FeedNamespaces.DublinCore) return;
        if (child.LocalName == "subject" && FieldText.Value(child) is { } subject) entry.Categories.Add(subject);
        else if (child.LocalName == "creator" && entry.Authors.Count == 0) entry.Authors.Add((FieldText.Value(child), null));
        else if (child.LocalName == "date") entry.Published ??= FieldText.Value(child);
    }
}
