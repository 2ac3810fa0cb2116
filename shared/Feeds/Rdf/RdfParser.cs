using Alerts.Feeds.Rss;
using Alerts.Feeds.Xml;
using static Alerts.Feeds.Xml.FeedNamespaces;

namespace Alerts.Feeds.Rdf;

/// <summary>Finds the channel and items of an rdf:RDF document; RSS 0.90 is RDF with Netscape's namespace.</summary>
internal static class RdfParser
{
    public static RdfDocument Parse(FeedXmlElement root)
    {
        var core = DetectCoreNamespace(root);
        var document = new RdfDocument { CoreNamespace = core };
        foreach (var child in root.Elements())
        {
            if (child.Namespace != core && child.Namespace.Length != 0) continue;
            if (child.LocalName == "channel") document.Channel ??= child;
            else if (child.LocalName == "item") document.Items.Add(child);
        }
        return document;
    }

    public static RssChannel ToChannel(RdfDocument document, FeedXmlElement root)
    {
        var format = document.CoreNamespace == Rss090 ? "rss0.90" : "rdf";
        var channel = new RssChannel { Format = format, BaseUri = (document.Channel ?? root).BaseUri };
        if (document.Channel is not null) RssParser.ReadChannel(channel, document.Channel, document.CoreNamespace);
        foreach (var element in document.Items)
        {
            var item = RssItemReader.Read(element, document.CoreNamespace);
            item.Guid ??= element.Attribute(FeedNamespaces.RdfSyntax, "about");
            channel.Items.Add(item);
        }
        return channel;
    }

    private static string DetectCoreNamespace(FeedXmlElement root)
    {
        foreach (var child in root.Elements())
        {
            if (child.Namespace == Rss090) return Rss090;
            if (child.Namespace == Rss10) return Rss10;
        }
        return Rss10;
    }
}
