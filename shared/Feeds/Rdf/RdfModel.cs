using Alerts.Feeds.Rss;
using Alerts.Feeds.Xml;

namespace Alerts.Feeds.Rdf;

/// <summary>
/// An RSS 1.0 (or 0.90) document: an rdf:RDF root with the channel and the items as siblings. Items carry the
/// same elements as RSS items, so they reuse <see cref="RssItem"/>; what differs is where they sit and the
/// rdf:about identifier.
/// </summary>
internal sealed class RdfDocument
{
    public required string CoreNamespace { get; init; }
    public FeedXmlElement? Channel { get; set; }
    public List<FeedXmlElement> Items { get; } = [];
}
