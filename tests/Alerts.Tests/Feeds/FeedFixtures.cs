using System.Text;
using Alerts.Feeds;

namespace Alerts.Tests.Feeds;

/// <summary>Reads the feeds in testdata/ and builds byte variants (legacy encodings, BOMs) of inline XML.</summary>
internal static class FeedFixtures
{
    static FeedFixtures() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Feeds", "testdata", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static ParsedFeed Parse(string name, Uri? baseUri = null) => new FeedParser().Parse(Bytes(name), null, baseUri);

    public static ParsedFeed ParseText(string xml, string? httpCharset = null, Uri? baseUri = null) =>
        new FeedParser().Parse(Encoding.UTF8.GetBytes(xml), httpCharset, baseUri);

    public static byte[] Encode(string text, string encodingName) => Encoding.GetEncoding(encodingName).GetBytes(text);

    /// <summary>A minimal RSS 2.0 document with one item; pieces are inserted verbatim.</summary>
    public static string Rss(string itemXml, string channelExtra = "", string rootAttributes = "") =>
        $"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"{rootAttributes}><channel><title>Test desk</title><link>https://desk.example/</link>{channelExtra}<item>{itemXml}</item></channel></rss>";
}
