using System.Xml;
using Alerts.Feeds.Encoding;

namespace Alerts.Feeds.Xml;

/// <summary>
/// Reads well-formed XML into a <see cref="FeedXmlElement"/> tree with a streaming <see cref="XmlReader"/>.
/// DTDs are ignored and nothing external is ever resolved; documents that declare entities are refused
/// before this runs (<see cref="DoctypeGuard"/>).
/// </summary>
internal static class StrictXmlTreeReader
{
    /// <summary>Per thread, so each thread's readers share one name table (see <see cref="BoundedNameTable"/>).</summary>
    [ThreadStatic] private static XmlReaderSettings? _settings;
    [ThreadStatic] private static BoundedNameTable? _names;

    private static XmlReaderSettings NewSettings(XmlNameTable names) => new()
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
        NameTable = names,
    };

    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>A reader with the settings above: the strict parse of the tree and of the streaming readers alike.</summary>
    public static XmlReader Create(FeedText text)
    {
        if (_names is null || _settings is null)
        {
            _names = new BoundedNameTable();
            _settings = NewSettings(_names);
        }
        _names.TrimIfFull();
        return XmlReader.Create(text.OpenReader(), _settings);
    }

    /// <exception cref="XmlException">The document is not well-formed.</exception>
    public static FeedXmlElement Read(FeedText text, Uri? documentBase)
    {
        using var reader = Create(text);
        FeedXmlElement? root = null;
        while (reader.Read())
        {
            // A second root element is an XmlException from the reader itself.
            if (reader.NodeType == XmlNodeType.Element) root = ReadElement(reader, null, documentBase);
        }
        return root ?? throw new XmlException("no root element");
    }

    /// <summary>
    /// The element the reader is on with everything inside it, as a tree; leaves the reader on its end tag. The
    /// element is not added to <paramref name="parent"/>, which only lends it the inherited base and language.
    /// </summary>
    public static FeedXmlElement ReadElement(XmlReader reader, FeedXmlElement? parent, Uri? documentBase)
    {
        var top = Open(reader, parent, documentBase);
        if (reader.IsEmptyElement) return top;
        var current = top;
        Stack<FeedXmlElement>? outer = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var element = Open(reader, current, documentBase);
                    current.AddChild(element);
                    if (reader.IsEmptyElement) break;
                    (outer ??= new Stack<FeedXmlElement>()).Push(current);
                    current = element;
                    break;
                case XmlNodeType.EndElement:
                    if (ReferenceEquals(current, top)) return top;
                    current = outer!.Pop();
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace:
                    current.AddChild(reader.Value);
                    break;
            }
        }
        throw new XmlException("unexpected end of input inside an element");
    }

    /// <summary>Reads past the element the reader is on without keeping anything, with the same depth limit as a full read.</summary>
    public static void SkipElement(XmlReader reader)
    {
        if (reader.IsEmptyElement) return;
        var depth = reader.Depth;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element) CheckDepth(reader);
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) return;
        }
        throw new XmlException("unexpected end of input inside an element");
    }

    /// <summary>The element the reader is on, with its attributes, inherited base and language, but no children yet.</summary>
    public static FeedXmlElement Open(XmlReader reader, FeedXmlElement? parent, Uri? documentBase)
    {
        CheckDepth(reader);
        return OpenElement(reader, parent, documentBase);
    }

    private static void CheckDepth(XmlReader reader)
    {
        // Depth counts from 0 at the root: an open element at depth d makes d + 1 elements open.
        if (!reader.IsEmptyElement && reader.Depth + 1 > LenientXmlScanner.MaxDepth)
        {
            throw new FeedParseException($"refused: elements nested deeper than {LenientXmlScanner.MaxDepth} levels");
        }
    }

    private static FeedXmlElement OpenElement(XmlReader reader, FeedXmlElement? parent, Uri? documentBase)
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
