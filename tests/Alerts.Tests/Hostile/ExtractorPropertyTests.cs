using Alerts.Extract;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alerts.Tests.Hostile;

/// <summary>The extractor takes any string a server sends: it has no documented failure for non-null input, so it must never throw.</summary>
public sealed class ExtractorPropertyTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static readonly string[] Pieces =
    [
        "<html>", "</html>", "<body>", "</body>", "<article>", "</article>", "<div class=\"content\">", "<div class=\"sidebar comments\">", "</div>",
        "<p>", "</p>", "<h1>", "</h1>", "<script>var x = '</p>';</script>", "<style>p{}</style>", "<br>", "<br/>", "<table><tr><td>", "</td></tr></table>",
        "<meta property=\"og:title\" content=\"T\">", "<meta name=\"author\" content=\"", "<time datetime=\"2025-99-99\">", "</time>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":[", "]}</script>", "<!--", "-->", "<![CDATA[", "]]>",
        "<a href=\"javascript:alert(1)\">", "</a>", "<img src=x onerror=alert(1)>", "&amp;", "&#xD800;", "&#0;", "&nbsp;", "&", "<", ">", "\"", "'",
        "Prisoners were freed on Tuesday after months of talks. ", "\u0000", "\uFFFD", "\uD800", "Ünïcödé текст 文字 ", "\n", "\t",
    ];

    private static bool ExtractsWithoutThrowing(string html)
    {
        var article = Extractor.Extract(html, new Uri("https://fuzz.example/article"));
        return article.Text is not null;
    }

    [Property(MaxTest = 300)]
    public bool Any_string_is_extracted_without_throwing(string? text) => ExtractsWithoutThrowing(text ?? "");

    [Property(MaxTest = 400)]
    public Property Random_tag_soup_is_extracted_without_throwing()
    {
        var soup = Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts));
        return Prop.ForAll(soup.ToArbitrary(), ExtractsWithoutThrowing);
    }

    [Property(MaxTest = 100)]
    public Property Deep_random_nesting_is_extracted_without_throwing()
    {
        var nested =
            from depth in Gen.Choose(100, 5_000)
            from tag in Gen.Elements("div", "p", "span", "section", "table", "li", "b")
            from closed in Gen.Elements(true, false)
            select string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + "Freed after talks." + (closed ? string.Concat(Enumerable.Repeat($"</{tag}>", depth)) : "");
        return Prop.ForAll(nested.ToArbitrary(), ExtractsWithoutThrowing);
    }
}
