namespace Alerts.Feeds.Xml;

/// <summary>Namespace URIs the format parsers look for, and the usual prefix of each for documents that forgot to declare it.</summary>
internal static class FeedNamespaces
{
    public const string None = "";
    public const string Atom10 = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string RdfSyntax = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rss10 = "http://purl.org/rss/1.0/";
    public const string Rss11 = "http://purl.org/net/rss1.1#";
    public const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string DcTerms = "http://purl.org/dc/terms/";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string Media = "http://search.yahoo.com/mrss/";
    public const string ITunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";

    private static readonly Dictionary<string, string> ByPrefix = new(StringComparer.Ordinal)
    {
        ["atom"] = Atom10, ["rdf"] = RdfSyntax, ["dc"] = DublinCore, ["dcterms"] = DcTerms, ["content"] = Content,
        ["media"] = Media, ["itunes"] = ITunes, ["xhtml"] = Xhtml,
        ["slash"] = "http://purl.org/rss/1.0/modules/slash/", ["wfw"] = "http://wellformedweb.org/CommentAPI/",
        ["sy"] = "http://purl.org/rss/1.0/modules/syndication/", ["georss"] = "http://www.georss.org/georss",
    };

    /// <summary>The URI a feed most likely meant by an undeclared prefix.</summary>
    public static string ForUndeclaredPrefix(string prefix) =>
        ByPrefix.TryGetValue(prefix.ToLowerInvariant(), out var uri) ? uri : "urn:undeclared-prefix:" + prefix;

    /// <summary>Feeds spell the iTunes namespace with varying case; treat them as one.</summary>
    public static string Normalize(string ns) =>
        ns.Length > 0 && ns.StartsWith("http://www.itunes.com/", StringComparison.OrdinalIgnoreCase) ? ITunes : ns;
}
