using Alerts.Feeds.Text;
using Alerts.Feeds.Xml;
using static Alerts.Feeds.Xml.FeedNamespaces;

namespace Alerts.Feeds.Rss;

/// <summary>
/// Channel metadata and items, one child element at a time; shared by RSS and RSS 1.0/RDF (the same elements in
/// another namespace), and by the tree parsers and the streaming reader.
/// </summary>
internal sealed class RssChannelReader(RssChannel channel, FeedXmlElement element, string coreNamespace)
{
    private FeedXmlElement? _dcTitle;
    private string? _atomLink, _dcLanguage;

    public string CoreNamespace => coreNamespace;

    /// <summary>An item of this channel (the streaming reader reads those itself, child by child).</summary>
    public bool IsItem(string ns, string localName) => localName == "item" && (ns == coreNamespace || ns.Length == 0);

    public void AddItem(RssItem item) => channel.Items.Add(item);

    public void Add(FeedXmlElement child)
    {
        var core = child.Namespace == coreNamespace || child.Namespace.Length == 0;
        if (core && child.LocalName == "title") channel.Title ??= child;
        else if (core && child.LocalName == "link") channel.Link ??= FieldText.Value(child) ?? child.Attribute("href");
        else if (core && child.LocalName == "language") channel.Language ??= FieldText.Value(child);
        else if (core && child.LocalName == "item") channel.Items.Add(RssItemReader.Read(child, coreNamespace));
        else if (child.Namespace == DublinCore && child.LocalName == "title") _dcTitle ??= child;
        else if (child.Namespace == DublinCore && child.LocalName == "language") _dcLanguage ??= FieldText.Value(child);
        else if ((child.Namespace == Atom10 || child.Namespace == Atom03) && child.LocalName == "link"
                 && (child.Attribute("rel") ?? "alternate") == "alternate")
        {
            _atomLink ??= child.Attribute("href");
        }
    }

    public void Finish()
    {
        channel.Title ??= _dcTitle;
        channel.Link ??= _atomLink;
        channel.Language ??= _dcLanguage ?? element.Lang;
    }
}
