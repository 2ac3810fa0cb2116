using System.Globalization;
using System.Net;
using System.Text;

namespace Alerts.Cli.Bench;

/// <summary>A named input with its bytes, so every contender reads exactly the same data.</summary>
public sealed record BenchFile(string Name, byte[] Bytes)
{
    public string Text => Encoding.UTF8.GetString(Bytes);
}

/// <summary>
/// Feeds and article pages written in code, deterministic for a seed, in several sizes. The vocabulary mixes the
/// stories the product watches (releases, sanctions) with ordinary news, so the detector sees both.
/// </summary>
public static class BenchCorpus
{
    private static readonly string[] Sentences =
    [
        "The foreign ministry said two detained aid workers were freed on Tuesday after months of talks mediated by Oman.",
        "Officials announced new sanctions on three shipping companies accused of moving oil past the embargo.",
        "A regional court pardoned forty protesters held since the spring demonstrations, their lawyers said.",
        "The council voted to ease restrictions on fertiliser exports while keeping the asset freezes in place.",
        "Negotiators met again in Doha to discuss an exchange of prisoners of war before the winter.",
        "Rain is expected across the north of the country for most of the week, forecasters said.",
        "The city opened a new tram line that links the airport with the old town in twenty minutes.",
        "Shares in the largest retailer fell after it cut its profit forecast for the second time this year.",
        "A journalist held for eighteen months on espionage charges returned home after a prisoner swap.",
        "The treasury lifted sanctions on a central bank governor who resigned last month.",
    ];

    private static string Paragraph(Random random, int sentences)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(Sentences[random.Next(Sentences.Length)]);
        }
        return text.ToString();
    }

    private static string Teaser(Random random) => string.Join(' ', Sentences[random.Next(Sentences.Length)].Split(' ').Take(5)) + "…";

    private static string Title(Random random) => Sentences[random.Next(Sentences.Length)].Split(',')[0].TrimEnd('.');

    /// <summary>
    /// RSS 2.0 with <paramref name="items"/> items, each with an HTML description of about <paramref name="sentences"/>
    /// sentences; with 0 sentences, a teaser of a few words, too short to judge an item by, as many publishers give.
    /// </summary>
    public static string Rss(int seed, int items, int sentences, string linkBase = "https://news.example.org", DateTimeOffset? newest = null)
    {
        var random = new Random(seed);
        var start = newest ?? new DateTimeOffset(2026, 11, 1, 6, 0, 0, TimeSpan.Zero);
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n");
        xml.Append(CultureInfo.InvariantCulture, $"<title>Bench wire {seed}</title>\n<link>{linkBase}/</link>\n<description>Generated wire for benchmarks</description>\n");
        for (var i = 0; i < items; i++)
        {
            var published = start.AddSeconds(-37 * i).ToString("r", CultureInfo.InvariantCulture);
            xml.Append(CultureInfo.InvariantCulture, $"<item>\n<title>{WebUtility.HtmlEncode(Title(random))} ({seed}-{i})</title>\n");
            xml.Append(CultureInfo.InvariantCulture, $"<link>{linkBase}/{seed}/story-{i}.html</link>\n<guid isPermaLink=\"false\">bench-{seed}-{i}</guid>\n");
            xml.Append(CultureInfo.InvariantCulture, $"<pubDate>{published}</pubDate>\n<dc:creator>Desk {i % 7}</dc:creator>\n<category>World</category>\n");
            var description = sentences > 0 ? Paragraph(random, sentences) : Teaser(random);
            xml.Append("<description>").Append(WebUtility.HtmlEncode("<p>" + description + "</p>")).Append("</description>\n</item>\n");
        }
        xml.Append("</channel>\n</rss>\n");
        return xml.ToString();
    }

    /// <summary>The same RSS document with one more item, newest first, as a feed looks after its publisher adds a story.</summary>
    public static string WithNewItem(string rss, int seed, DateTimeOffset published)
    {
        var random = new Random(seed ^ published.Second);
        var at = rss.IndexOf("<item>", StringComparison.Ordinal);
        if (at < 0) at = rss.IndexOf("</channel>", StringComparison.Ordinal);
        var id = $"{seed}-new-{published.ToUnixTimeMilliseconds()}";
        var item = new StringBuilder();
        item.Append(CultureInfo.InvariantCulture, $"<item>\n<title>{WebUtility.HtmlEncode(Title(random))} ({id})</title>\n");
        item.Append(CultureInfo.InvariantCulture, $"<link>https://news.example.org/{seed}/{id}.html</link>\n<guid isPermaLink=\"false\">bench-{id}</guid>\n");
        item.Append(CultureInfo.InvariantCulture, $"<pubDate>{published.ToString("r", CultureInfo.InvariantCulture)}</pubDate>\n");
        item.Append("<description>").Append(WebUtility.HtmlEncode("<p>" + Paragraph(random, 5) + "</p>")).Append("</description>\n</item>\n");
        return rss.Insert(at, item.ToString());
    }

    /// <summary>Atom 1.0 counterpart of <see cref="Rss"/>, so both XML dialects are timed.</summary>
    public static string Atom(int seed, int entries, int sentences)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2026, 11, 1, 6, 0, 0, TimeSpan.Zero);
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        xml.Append(CultureInfo.InvariantCulture, $"<title>Bench atom {seed}</title>\n<id>urn:bench:{seed}</id>\n<updated>{start:yyyy-MM-ddTHH:mm:ssZ}</updated>\n");
        for (var i = 0; i < entries; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<entry>\n<title>{WebUtility.HtmlEncode(Title(random))}</title>\n<id>urn:bench:{seed}:{i}</id>\n");
            xml.Append(CultureInfo.InvariantCulture, $"<link href=\"https://atom.example.org/{seed}/{i}\"/>\n<updated>{start.AddMinutes(-5 * i):yyyy-MM-ddTHH:mm:ssZ}</updated>\n");
            xml.Append("<author><name>Correspondent</name></author>\n<summary type=\"html\">")
                .Append(WebUtility.HtmlEncode(Paragraph(random, sentences))).Append("</summary>\n</entry>\n");
        }
        xml.Append("</feed>\n");
        return xml.ToString();
    }

    /// <summary>Small (10 items), medium (50) and large (300 items, long descriptions) feeds in both dialects.</summary>
    public static IReadOnlyList<BenchFile> Feeds(bool quick)
    {
        var files = new List<BenchFile>();
        var sizes = new (string Label, int Items, int Sentences, int Copies)[] { ("small", 10, 2, quick ? 10 : 30), ("medium", 50, 3, quick ? 4 : 10), ("large", 300, 6, quick ? 1 : 3) };
        foreach (var (label, items, sentences, copies) in sizes)
        {
            for (var c = 0; c < copies; c++)
            {
                files.Add(new BenchFile($"{label}-{c}.rss", Encoding.UTF8.GetBytes(Rss(c * 31 + items, items, sentences))));
                files.Add(new BenchFile($"{label}-{c}.atom", Encoding.UTF8.GetBytes(Atom(c * 37 + items, items, sentences))));
            }
        }
        return files;
    }

    /// <summary>A news page with navigation, sidebar, comments and footer around the article, as publishers serve them.</summary>
    public static string ArticlePage(int seed, int paragraphs)
    {
        var random = new Random(seed);
        var html = new StringBuilder();
        var title = WebUtility.HtmlEncode(Title(random));
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} | Example News</title>");
        html.Append(CultureInfo.InvariantCulture, $"<meta property=\"og:title\" content=\"{title}\"><meta name=\"author\" content=\"Staff Reporter\"><script>window.tracking={{id:{seed}}};</script></head><body>");
        html.Append("<header class=\"site-header\"><nav><ul>");
        foreach (var section in new[] { "World", "Politics", "Business", "Sport", "Culture", "Opinion" }) html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/{section.ToLowerInvariant()}\">{section}</a></li>");
        html.Append("</ul></nav></header><main><article class=\"story\">");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{title}</h1><p class=\"byline\">By Staff Reporter</p><time datetime=\"2026-11-0{seed % 9 + 1}T08:00:00Z\">November</time>");
        for (var p = 0; p < paragraphs; p++)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(Paragraph(random, 3 + random.Next(3)))).Append("</p>");
            if (p == paragraphs / 2) html.Append("<figure><img src=\"/img/photo.jpg\" alt=\"\"><figcaption>File photo.</figcaption></figure>");
        }
        html.Append("</article><aside class=\"sidebar\"><h2>Most read</h2><ul>");
        for (var i = 0; i < 8; i++) html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/story/{seed + i}\">{WebUtility.HtmlEncode(Title(random))}</a></li>");
        html.Append("</ul></aside><section class=\"comments\"><h2>Comments</h2>");
        for (var i = 0; i < 5; i++) html.Append(CultureInfo.InvariantCulture, $"<div class=\"comment\"><b>reader{i}</b><p>Interesting, thanks.</p></div>");
        html.Append("</section></main><footer><p>&copy; Example News. All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer></body></html>");
        return html.ToString();
    }

    public static IReadOnlyList<BenchFile> Pages(bool quick)
    {
        var count = quick ? 20 : 60;
        return Enumerable.Range(0, count)
            .Select(i => new BenchFile($"page-{i}.html", Encoding.UTF8.GetBytes(ArticlePage(i, 4 + i % 4 * 6))))
            .ToList();
    }
}
