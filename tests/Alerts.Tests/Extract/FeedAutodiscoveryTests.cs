using Alerts.Extract;

namespace Alerts.Tests.Extract;

public class FeedAutodiscoveryTests
{
    private static readonly Uri PageUrl = new("https://ledger.example/world/index.html");

    [Fact]
    public void Finds_every_feed_type_in_document_order_as_absolute_urls()
    {
        const string html = """
            <html><head>
            <link rel="stylesheet" href="/site.css">
            <link rel="alternate" type="application/atom+xml" href="/feeds/atom.xml" title="Atom">
            <link rel="alternate" type="application/rss+xml" href="rss.xml">
            <link rel="alternate" type="application/feed+json" href="https://cdn.example/feed.json">
            <link rel="alternate" type="application/json" href="//ledger.example/feed.json">
            <link rel="alternate" hreflang="fr" href="/fr/">
            <link rel="alternate" type="text/html" href="/print">
            <link rel="alternate" type="application/rss+xml" href="/feeds/atom.xml">
            </head><body></body></html>
            """;
        var feeds = FeedAutodiscovery.Find(html, PageUrl).Select(u => u.AbsoluteUri);
        Assert.Equal([
            "https://ledger.example/feeds/atom.xml",
            "https://ledger.example/world/rss.xml",
            "https://cdn.example/feed.json",
            "https://ledger.example/feed.json",
        ], feeds);
    }

    [Fact]
    public void Honours_rel_lists_type_parameters_and_the_base_element()
    {
        const string html = """
            <head><base href="https://mirror.example/sub/">
            <link rel="Alternate feed" type="application/RSS+XML; charset=utf-8" href="news.rss">
            <link rel="alternate" type="application/rss+xml" href="javascript:void(0)">
            <link rel="alternate" type="application/rss+xml">
            </head>
            """;
        Assert.Equal(["https://mirror.example/sub/news.rss"], FeedAutodiscovery.Find(html, PageUrl).Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void Page_without_feeds_gives_an_empty_list() =>
        Assert.Empty(FeedAutodiscovery.Find("<html><body><a href='/rss.xml'>RSS</a></body></html>", PageUrl));
}
