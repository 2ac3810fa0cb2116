using System.Xml;
using Alerts.Feeds.Atom;
using Alerts.Feeds.Encoding;
using Alerts.Feeds.Rss;
using Alerts.Feeds.Xml;

namespace Alerts.Feeds;

/// <summary>
/// The fast path for well-formed RSS and Atom, which is nearly every feed: the format reader takes items off the
/// forward-only <see cref="XmlReader"/> as they come instead of building the whole document as a tree first.
/// Other roots (RDF, RSS 1.1, Atom in an unknown namespace, not a feed) are left to the tree path.
/// </summary>
internal static class FeedStreamReader
{
    /// <returns>The feed, or null when the root element is one only the tree path reads.</returns>
    /// <exception cref="XmlException">The document is not well-formed (the caller recovers it leniently).</exception>
    public static ParsedFeed? TryRead(FeedText text, Uri? baseUri, List<string> problems)
    {
        using var reader = StrictXmlTreeReader.Create(text);
        while (reader.NodeType != XmlNodeType.Element)
        {
            if (!reader.Read()) return null;
        }
        RssChannel? channel = null;
        AtomFeed? feed = null;
        switch (reader.LocalName)
        {
            case "rss" or "RSS":
            case "channel" when reader.NamespaceURI.Length == 0:
                channel = RssStreamReader.Read(reader, baseUri);
                break;
            case "feed" when reader.NamespaceURI is FeedNamespaces.Atom10 or FeedNamespaces.Atom03 or "":
                feed = AtomStreamReader.Read(reader, baseUri);
                break;
            default:
                return null;
        }
        // What follows the root must be well-formed too, as the tree path requires, before anything is adapted.
        while (reader.Read())
        {
        }
        return channel is not null
            ? RssAdapter.Adapt(channel, illFormed: false, problems)
            : AtomAdapter.Adapt(feed!, illFormed: false, problems);
    }
}
