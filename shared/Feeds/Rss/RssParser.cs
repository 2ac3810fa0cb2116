using Alerts.Feeds.Text;
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
        FeedXmlElement? dcTitle = null;
        string? atomLink = null, dcLanguage = null;
        foreach (var child in element.Elements())
        {
            var core = child.Namespace == coreNamespace || child.Namespace.Length == 0;
            if (core && child.LocalName == "title") channel.Title ??= child;
            else if (core && child.LocalName == "link") channel.Link ??= FieldText.Value(child) ?? child.Attribute("href");
            else if (core && child.LocalName == "language") channel.Language ??= FieldText.Value(child);
            else if (core && child.LocalName == "item") channel.Items.Add(RssItemReader.Read(child, coreNamespace));
            else if (child.Namespace == DublinCore && child.LocalName == "title") dcTitle ??= child;
            else if (child.Namespace == DublinCore && child.LocalName == "language") dcLanguage ??= FieldText.Value(child);
            else if ((child.Namespace == Atom10 || child.Namespace == Atom03) && child.LocalName == "link"
                     && (child.Attribute("rel") ?? "alternate") == "alternate")
            {
                atomLink ??= child.Attribute("href");
            }
        }
        channel.Title ??= dcTitle;
        channel.Link ??= atomLink;
        channel.Language ??= dcLanguage ?? element.Lang;
    }

    private static string FormatOf(string? version) => version?.Trim() switch
    {
        "0.90" or "0.9" => "rss0.90",
        "0.91" => "rss0.91",
        "0.92" => "rss0.92",
        "0.93" => "rss0.93",
        "0.94" => "rss0.94",
        _ => "rss2.0",
    };
}
