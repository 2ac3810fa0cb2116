using Alerts.Feeds.Xml;
using static Alerts.Feeds.Xml.FeedNamespaces;

namespace Alerts.Feeds.Rss;

/// <summary>RSS 0.91-0.94 and 2.0: &lt;rss&gt;&lt;channel&gt; with items inside the channel (or, in sloppy feeds, beside it).</summary>
internal static class RssParser
{
    public static RssChannel Parse(FeedXmlElement root)
    {
        var channel = new RssChannel { Format = FormatOf(root.Attribute("version")), BaseUri = root.BaseUri };
        var channelElement = root.Element(None, "channel") ?? root;
        channel.BaseUri = channelElement.BaseUri;
        ReadChannel(channel, channelElement, None);
        if (!ReferenceEquals(channelElement, root))
        {
            foreach (var item in root.Elements())
            {
                if (item.LocalName == "item" && item.Namespace.Length == 0) channel.Items.Add(RssItemReader.Read(item, None));
            }
        }
        return channel;
    }

    /// <summary>Channel metadata and items, shared with RSS 1.0/RDF whose channel has the same elements in another namespace.</summary>
    public static void ReadChannel(RssChannel channel, FeedXmlElement element, string coreNamespace)
    {
        var reader = new RssChannelReader(channel, element, coreNamespace);
        foreach (var child in element.Elements()) reader.Add(child);
        reader.Finish();
    }

    public static string FormatOf(string? version) => version?.Trim() switch
    {
        "0.90" or "0.9" => "rss0.90",
        "0.91" => "rss0.91",
        "0.92" => "rss0.92",
        "0.93" => "rss0.93",
        "0.94" => "rss0.94",
        _ => "rss2.0",
    };
}
