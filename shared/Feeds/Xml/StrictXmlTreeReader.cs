using System.Xml;

namespace Alerts.Feeds.Xml;

/// <summary>
/// Reads well-formed XML into a <see cref="FeedXmlElement"/> tree with a streaming <see cref="XmlReader"/>.
/// DTDs are ignored and nothing external is ever resolved; documents that declare entities are refused
/// before this runs (<see cref="DoctypeGuard"/>).
/// </summary>
internal static class StrictXmlTreeReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CheckCharacters = true,
        ConformanceLevel = ConformanceLevel.Document,
        CloseInput = true,
    };

    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <exception cref="XmlException">The document is not well-formed.</exception>
    public static FeedXmlElement Read(string text, Uri? documentBase)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        FeedXmlElement? root = null;
        var stack = new Stack<FeedXmlElement>();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var parent = stack.Count > 0 ? stack.Peek() : null;
                    var element = Open(reader, parent, documentBase);
                    if (parent is null) root = element;
                    else parent.AddChild(element);
                    if (!reader.IsEmptyElement) stack.Push(element);
                    if (stack.Count > LenientXmlScanner.MaxDepth)
                    {
                        throw new FeedParseException($"refused: elements nested deeper than {LenientXmlScanner.MaxDepth} levels");
                    }
                    break;
                case XmlNodeType.EndElement:
                    stack.Pop();
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace:
                    if (stack.Count > 0) stack.Peek().AddChild(reader.Value);
                    break;
            }
        }
        return root ?? throw new XmlException("no root element");
    }

    private static FeedXmlElement Open(XmlReader reader, FeedXmlElement? parent, Uri? documentBase)
    {
        string? xmlBase = null, lang = null;
        if (reader.HasAttributes)
        {
            xmlBase = reader.GetAttribute("base", XmlNamespace);
            lang = reader.GetAttribute("lang", XmlNamespace);
        }
        var baseUri = BaseUris.Resolve(parent?.BaseUri ?? documentBase, xmlBase);
        var element = new FeedXmlElement(reader.LocalName, FeedNamespaces.Normalize(reader.NamespaceURI), reader.Prefix, baseUri,
            string.IsNullOrWhiteSpace(lang) ? parent?.Lang : lang.Trim());
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.Prefix == "xmlns" || (reader.Prefix.Length == 0 && reader.LocalName == "xmlns")) continue;
                element.AddAttribute(reader.LocalName, reader.NamespaceURI, reader.Value);
            } while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        return element;
    }
}
