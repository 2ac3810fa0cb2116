using System.Xml;
using Alerts.Feeds.Xml;
using static Alerts.Feeds.Xml.FeedNamespaces;

namespace Alerts.Feeds.Rss;

/// <summary>
/// Reads a well-formed RSS document straight off the <see cref="XmlReader"/> into an <see cref="RssChannel"/>:
/// only the children of the channel and of each item become (small) trees, the document as a whole never does.
/// Gives the same channel as <see cref="RssParser.Parse"/> on the full tree.
/// </summary>
internal static class RssStreamReader
{
    /// <summary>The reader is on the root element (&lt;rss&gt;, or a bare &lt;channel&gt;); leaves it on the root's end.</summary>
    public static RssChannel Read(XmlReader reader, Uri? documentBase)
    {
        var root = StrictXmlTreeReader.Open(reader, null, documentBase);
        var channel = new RssChannel { Format = RssParser.FormatOf(root.Attribute("version")), BaseUri = root.BaseUri };
        FeedXmlElement? channelElement = null;
        List<FeedXmlElement>? besideChannel = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (XmlChildren.Next(reader, depth))
            {
                if (channelElement is null && reader.LocalName == "channel" && reader.NamespaceURI.Length == 0)
                {
                    channelElement = StrictXmlTreeReader.Open(reader, root, documentBase);
                    ReadChannel(reader, channel, channelElement, documentBase);
                }
                else if (channelElement is null || (reader.LocalName == "item" && reader.NamespaceURI.Length == 0))
                {
                    // Before the channel: maybe there is none and the root is the channel. After it: items beside the channel.
                    (besideChannel ??= []).Add(StrictXmlTreeReader.ReadElement(reader, root, documentBase));
                }
                else
                {
                    StrictXmlTreeReader.SkipElement(reader);
                }
            }
        }
        if (channelElement is null)
        {
            // Some old feeds omit the channel: the root's own children are the channel's.
            var rootAsChannel = new RssChannelReader(channel, root, None);
            foreach (var child in besideChannel ?? []) rootAsChannel.Add(child);
            rootAsChannel.Finish();
            return channel;
        }
        channel.BaseUri = channelElement.BaseUri;
        foreach (var item in besideChannel ?? [])
        {
            if (item.LocalName == "item" && item.Namespace.Length == 0) channel.Items.Add(RssItemReader.Read(item, None));
        }
        return channel;
    }

    private static void ReadChannel(XmlReader reader, RssChannel channel, FeedXmlElement element, Uri? documentBase)
    {
        var channelReader = new RssChannelReader(channel, element, None);
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (XmlChildren.Next(reader, depth))
            {
                if (channelReader.IsItem(Normalize(reader.NamespaceURI), reader.LocalName))
                {
                    var item = StrictXmlTreeReader.Open(reader, element, documentBase);
                    channelReader.AddItem(ReadItem(reader, item, documentBase));
                }
                else
                {
                    channelReader.Add(StrictXmlTreeReader.ReadElement(reader, element, documentBase));
                }
            }
        }
        channelReader.Finish();
    }

    private static RssItem ReadItem(XmlReader reader, FeedXmlElement element, Uri? documentBase)
    {
        var itemReader = new RssItemReader(element, None);
        if (reader.IsEmptyElement) return itemReader.Finish();
        var depth = reader.Depth;
        while (XmlChildren.Next(reader, depth)) itemReader.Add(StrictXmlTreeReader.ReadElement(reader, element, documentBase));
        return itemReader.Finish();
    }
}
