using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Alerts.Sources;

/// <summary>The OPML file could not be read as an outline of feeds.</summary>
public sealed class OpmlFormatException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// OPML subscription lists to and from catalogue sources, so users can move their feeds from Feedly,
/// Inoreader or Miniflux. Folders become tags; only feed sources can be expressed in OPML.
/// </summary>
public static class OpmlConverter
{
    /// <summary>Feed sources from an OPML document, de-duplicated by URL, with generated ids.</summary>
    /// <exception cref="OpmlFormatException">Not XML, or not an OPML document.</exception>
    public static IReadOnlyList<SourceDefinition> Import(string opml)
    {
        var root = ParseXml(opml).Root;
        if (root is null || !root.Name.LocalName.Equals("opml", StringComparison.OrdinalIgnoreCase)) throw new OpmlFormatException("root element is not <opml>");
        var body = root.Elements().FirstOrDefault(e => e.Name.LocalName.Equals("body", StringComparison.OrdinalIgnoreCase))
            ?? throw new OpmlFormatException("<opml> has no <body>");

        var sources = new List<SourceDefinition>();
        var urls = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Walk(body, [], sources, urls, ids);
        return sources;
    }

    public static string Export(IEnumerable<SourceDefinition> sources, string title = "Alerts sources", DateTimeOffset? created = null)
    {
        var body = new XElement("body");
        foreach (var s in sources.Where(s => s.Kind == SourceKind.Feed))
        {
            var outline = new XElement("outline",
                new XAttribute("type", "rss"),
                new XAttribute("text", s.Name ?? s.Id),
                new XAttribute("title", s.Name ?? s.Id),
                new XAttribute("xmlUrl", s.Url));
            if (s.Tags.Count > 0) outline.Add(new XAttribute("category", string.Join(',', s.Tags.Select(t => "/" + t.Replace(",", " ").Replace("/", " ")))));
            if (s.Lang != null) outline.Add(new XAttribute("language", s.Lang));
            body.Add(outline);
        }
        var date = (created ?? DateTimeOffset.UtcNow).ToString("r", CultureInfo.InvariantCulture);
        var doc = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("opml", new XAttribute("version", "2.0"),
                new XElement("head", new XElement("title", title), new XElement("dateCreated", date)),
                body));
        using var writer = new Utf8StringWriter();
        doc.Save(writer);
        return writer.ToString() + Environment.NewLine;
    }

    private static void Walk(XElement parent, IReadOnlyList<string> folders, List<SourceDefinition> sources, HashSet<string> urls, HashSet<string> ids)
    {
        foreach (var outline in parent.Elements().Where(e => e.Name.LocalName.Equals("outline", StringComparison.OrdinalIgnoreCase)))
        {
            var xmlUrl = Attribute(outline, "xmlUrl");
            var text = Attribute(outline, "title") ?? Attribute(outline, "text");
            if (xmlUrl is null)
            {
                // An outline without a feed URL is a folder: its name tags everything inside it.
                var folder = text?.Trim();
                Walk(outline, string.IsNullOrEmpty(folder) ? folders : [.. folders, folder], sources, urls, ids);
                continue;
            }
            if (!urls.Add(SourceIds.UrlKey(xmlUrl))) continue;
            var tags = folders.Concat(CategoryTags(Attribute(outline, "category")))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            sources.Add(new SourceDefinition
            {
                Id = SourceIds.Unique(SourceIds.FromTitleOrUrl(text, xmlUrl), ids),
                Kind = SourceKind.Feed,
                Url = xmlUrl.Trim(),
                Name = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
                Lang = Attribute(outline, "language")?.Trim(),
                Tags = tags,
            });
        }
    }

    /// <summary>OPML 2.0 category: comma-separated, slash-delimited paths ("/News/Belarus,/Sanctions").</summary>
    private static IEnumerable<string> CategoryTags(string? category) =>
        (category ?? "").Split(',').SelectMany(path => path.Split('/')).Select(t => t.Trim()).Where(t => t.Length > 0);

    private static string? Attribute(XElement element, string name)
    {
        var value = element.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static XDocument ParseXml(string opml)
    {
        // Subscription files come from other people's exports: no DTDs, no external entities.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 50_000_000 };
        try
        {
            using var reader = XmlReader.Create(new StringReader(opml), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new OpmlFormatException($"not well-formed XML (line {ex.LineNumber}): {ex.Message}", ex);
        }
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter() : base(CultureInfo.InvariantCulture) { }
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    }
}
