using System.Xml;
using Alerts.Feeds.Encoding;

namespace Alerts.Feeds.Xml;

/// <summary>The way back for documents the strict reader rejects (strict parsing is fast and exact; the lenient scanner recovers).</summary>
internal static class FeedXmlLoader
{
    /// <summary>The lenient scan of a document the strict reader rejected with <paramref name="error"/>; notes what was wrong.</summary>
    public static FeedXmlElement Recover(FeedText text, Uri? baseUri, List<string> problems, XmlException error)
    {
        problems.Add($"not well-formed XML at line {error.LineNumber}, position {error.LinePosition}: {FirstSentence(error.Message)}; recovered leniently");
        var (root, repairs) = LenientXmlScanner.Scan(text.ToString(), baseUri);
        problems.AddRange(repairs);
        return root ?? throw new FeedParseException("not a feed: no XML element found");
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }
}
