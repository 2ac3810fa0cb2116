using Alerts.Feeds.Text;
using Alerts.Feeds.Xml;

namespace Alerts.Feeds.Atom;

/// <summary>
/// Atom 1.0 (RFC 4287) and Atom 0.3 (issued/modified/created, mode="escaped|base64"). The feed and each entry
/// take their children one at a time, so the tree parser and the streaming reader share the rules.
/// </summary>
internal static class AtomParser
{
    public static AtomFeed Parse(FeedXmlElement root)
    {
        var feed = Start(root);
        foreach (var child in root.Elements()) Add(feed, child);
        return feed;
    }

    /// <summary>The feed with what the root element itself tells: format, namespace, language.</summary>
    public static AtomFeed Start(FeedXmlElement root)
    {
        var ns = root.Namespace;
        var format = ns == FeedNamespaces.Atom03 || (ns.Length == 0 && root.Attribute("version")?.Trim() == "0.3") ? "atom0.3" : "atom1.0";
        return new AtomFeed { Format = format, Namespace = ns, Lang = root.Lang };
    }

    /// <summary>Whether a child of the feed element matters at all (only the feed's own namespace does).</summary>
    public static bool IsFeedChild(AtomFeed feed, string ns, string localName) =>
        ns == feed.Namespace && localName is "title" or "link" or "entry";

    public static void Add(AtomFeed feed, FeedXmlElement child)
    {
        if (child.Namespace != feed.Namespace) return;
        switch (child.LocalName)
        {
            case "title": feed.Title ??= child; break;
            case "link": AddLink(feed.Links, child); break;
            case "entry": feed.Entries.Add(ReadEntry(child, feed.Namespace)); break;
        }
    }

    private static AtomEntry ReadEntry(FeedXmlElement element, string ns)
    {
        var reader = new AtomEntryReader(element, ns);
        foreach (var child in element.Elements()) reader.Add(child);
        return reader.Finish();
    }

    public static void AddLink(List<AtomLink> links, FeedXmlElement element)
    {
        var href = element.Attribute("href") ?? FieldText.Value(element);
        if (string.IsNullOrWhiteSpace(href)) return;
        var resolved = BaseUris.ResolveLink(element.BaseUri, href)!;
        links.Add(new AtomLink(resolved, element.Attribute("rel")?.Trim() ?? "alternate", element.Attribute("type"), element.Attribute("length")));
    }
}
