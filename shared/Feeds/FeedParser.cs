using Alerts.Feeds.Atom;
using Alerts.Feeds.Encoding;
using Alerts.Feeds.JsonFeed;
using Alerts.Feeds.Rdf;
using Alerts.Feeds.Rss;
using Alerts.Feeds.Xml;
using System.Xml;

namespace Alerts.Feeds;

/// <summary>
/// Parses RSS 0.90-2.0, RSS 1.0/RDF, Atom 0.3/1.0 and JSON Feed 1.0/1.1, detected by content. Stateless and
/// thread-safe. Ill-formed XML is recovered where possible and reported in <see cref="ParsedFeed.Problems"/>.
/// </summary>
public sealed class FeedParser : IFeedParser
{
    private readonly bool _streaming;
    private readonly bool _fastXml;

    public FeedParser() : this(streaming: true, fastXml: true)
    {
    }

    /// <param name="streaming">false reads every XML feed as a tree first: the reference the streaming readers are tested against.</param>
    /// <param name="fastXml">
    /// true tries <see cref="FastXmlTreeReader"/> before any XmlReader; false (the default here) reads with XmlReader only:
    /// the reference the fast reader is tested against.
    /// </param>
    internal FeedParser(bool streaming, bool fastXml = false)
    {
        _streaming = streaming;
        _fastXml = fastXml;
    }

    public ParsedFeed Parse(ReadOnlySpan<byte> content, string? httpCharset = null, Uri? baseUri = null)
    {
        if (content.IsEmpty) throw new FeedParseException("not a feed: the input is empty");
        var problems = new List<string>();
        using var text = FeedTextDecoder.Decode(content, httpCharset, problems);
        if (FeedInputSniffer.Classify(text.Span) == FeedInputSniffer.Kind.Json)
        {
            return JsonFeedAdapter.Adapt(JsonFeedParser.Parse(text.ToString()), baseUri, problems);
        }
        return ParseXml(text, baseUri, problems);
    }

    /// <summary>
    /// Plain well-formed XML is read by our own strict scanner; what it is unsure of goes to XmlReader, where RSS and Atom
    /// stream off the reader and other formats read the tree; ill-formed input is recovered leniently.
    /// </summary>
    private ParsedFeed ParseXml(FeedText text, Uri? baseUri, List<string> problems)
    {
        DoctypeGuard.Check(text.Span);
        if (_fastXml && FastXmlTreeReader.TryRead(text.Span, baseUri) is { } fast) return Dispatch(fast, illFormed: false, problems);
        FeedXmlElement root;
        try
        {
            if (_streaming && FeedStreamReader.TryRead(text, baseUri, problems) is { } streamed) return streamed;
            root = StrictXmlTreeReader.Read(text, baseUri);
        }
        catch (XmlException ex)
        {
            return Dispatch(FeedXmlLoader.Recover(text, baseUri, problems, ex), illFormed: true, problems);
        }
        return Dispatch(root, illFormed: false, problems);
    }

    private static ParsedFeed Dispatch(FeedXmlElement root, bool illFormed, List<string> problems)
    {
        switch (root.LocalName)
        {
            case "rss" or "RSS":
                return RssAdapter.Adapt(RssParser.Parse(root), illFormed, problems);
            case "RDF" or "rdf":
                return RdfAdapter.Adapt(root, illFormed, problems);
            case "feed" when root.Namespace is FeedNamespaces.Atom10 or FeedNamespaces.Atom03 or "":
                return AtomAdapter.Adapt(AtomParser.Parse(root), illFormed, problems);
            case "feed" when root.Element(root.Namespace, "entry") is not null || root.Element(root.Namespace, "title") is not null:
                // An Atom feed in a mistyped namespace still reads fine; readers accept it, so do we.
                problems.Add($"the feed element is in an unknown namespace '{root.Namespace}'; read as Atom 1.0");
                return AtomAdapter.Adapt(AtomParser.Parse(root), illFormed, problems);
            case "Channel" when root.Namespace == FeedNamespaces.Rss11:
                return RdfAdapter.AdaptRss11(root, illFormed, problems);
            case "channel" when root.Namespace.Length == 0:
                // Some old feeds omit the <rss> wrapper; the channel itself is the root.
                return RssAdapter.Adapt(RssParser.Parse(root), illFormed, problems);
            case "html" or "HTML":
                throw new FeedParseException("not a feed: an HTML page");
            default:
                throw new FeedParseException($"not a feed: the root element is <{root.LocalName}>, not rss, rdf:RDF, feed or JSON");
        }
    }
}
