using Alerts.Feeds.Rss;
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
}
