using System.Xml;
using Alerts.Feeds.Xml;

namespace Alerts.Feeds.Atom;

/// <summary>
/// Reads a well-formed Atom document straight off the <see cref="XmlReader"/> into an <see cref="AtomFeed"/>:
/// only the children of the feed and of each entry become (small) trees. Gives the same feed as
/// <see cref="AtomParser.Parse"/> on the full tree.
/// </summary>
internal static class AtomStreamReader
{
    /// <summary>The reader is on the &lt;feed&gt; root; leaves it on the root's end.</summary>
    public static AtomFeed Read(XmlReader reader, Uri? documentBase)
    {
        var root = StrictXmlTreeReader.Open(reader, null, documentBase);
        var feed = AtomParser.Start(root);
        if (reader.IsEmptyElement) return feed;
        var depth = reader.Depth;
        while (XmlChildren.Next(reader, depth))
        {
            var ns = FeedNamespaces.Normalize(reader.NamespaceURI);
            if (!AtomParser.IsFeedChild(feed, ns, reader.LocalName))
            {
                StrictXmlTreeReader.SkipElement(reader);
            }
            else if (reader.LocalName == "entry")
            {
                var entry = StrictXmlTreeReader.Open(reader, root, documentBase);
                feed.Entries.Add(ReadEntry(reader, entry, feed.Namespace, documentBase));
            }
            else
            {
                AtomParser.Add(feed, StrictXmlTreeReader.ReadElement(reader, root, documentBase));
            }
        }
        return feed;
    }

    private static AtomEntry ReadEntry(XmlReader reader, FeedXmlElement element, string ns, Uri? documentBase)
    {
        var entryReader = new AtomEntryReader(element, ns);
        if (reader.IsEmptyElement) return entryReader.Finish();
        var depth = reader.Depth;
        while (XmlChildren.Next(reader, depth))
        {
            if (AtomEntryReader.Reads(ns, FeedNamespaces.Normalize(reader.NamespaceURI))) entryReader.Add(StrictXmlTreeReader.ReadElement(reader, element, documentBase));
            else StrictXmlTreeReader.SkipElement(reader);
        }
        return entryReader.Finish();
    }
}
