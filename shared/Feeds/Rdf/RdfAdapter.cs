using Alerts.Feeds.Rss;
using static Alerts.Feeds.Xml.FeedNamespaces;
using Alerts.Feeds.Xml;

namespace Alerts.Feeds.Rdf;

/// <summary>Maps an RDF document to <see cref="ParsedFeed"/> through the RSS adapter (same item semantics).</summary>
internal static class RdfAdapter
{
    public static ParsedFeed Adapt(FeedXmlElement root, bool illFormed, IReadOnlyList<string> problems)
    {
        var document = RdfParser.Parse(root);
        return RssAdapter.Adapt(RdfParser.ToChannel(document, root), illFormed, problems);
    }

    /// <summary>
    /// RSS 1.1, the little-used successor of RSS 1.0: the channel is the root and items sit in an
    /// &lt;items rdf:parseType="Collection"&gt; list. Reported as the RSS 1.x/RDF family.
    /// </summary>
    public static ParsedFeed AdaptRss11(FeedXmlElement root, bool illFormed, IReadOnlyList<string> problems)
    {
        var channel = new RssChannel { Format = "rdf", BaseUri = root.BaseUri };
        RssParser.ReadChannel(channel, root, Rss11);
        if (root.Element(Rss11, "items") is { } items)
        {
            foreach (var element in items.Elements())
            {
                if (element.LocalName != "item") continue;
                var item = RssItemReader.Read(element, Rss11);
                item.Guid ??= element.Attribute(RdfSyntax, "about");
                channel.Items.Add(item);
            }
        }
        return RssAdapter.Adapt(channel, illFormed, problems);
    }
}
