using System.Xml;

namespace Alerts.Feeds.Xml;

/// <summary>Strict parse first (fast, exact); the lenient scanner only for documents the strict reader rejects.</summary>
internal static class FeedXmlLoader
{
    public static (FeedXmlElement Root, bool IllFormed) Load(string text, Uri? baseUri, List<string> problems)
    {
        DoctypeGuard.Check(text);
        try
        {
            return (StrictXmlTreeReader.Read(text, baseUri), false);
        }
        catch (XmlException ex)
        {
            problems.Add($"not well-formed XML at line {ex.LineNumber}, position {ex.LinePosition}: {FirstSentence(ex.Message)}; recovered leniently");
        }
        var (root, repairs) = LenientXmlScanner.Scan(text, baseUri);
        problems.AddRange(repairs);
        return root is null ? throw new FeedParseException("not a feed: no XML element found") : (root, true);
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }
}
