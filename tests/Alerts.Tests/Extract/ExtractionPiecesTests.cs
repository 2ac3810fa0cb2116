using Alerts.Cli.Bench;
using Alerts.Extract;
using HtmlAgilityPack;

namespace Alerts.Tests.Extract;

/// <summary>The pieces extraction's speed rests on: source-slice text, one-copy whitespace collapsing, hints read once.</summary>
public class ExtractionPiecesTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Extract", "testdata", name));

    [Theory]
    [InlineData("scraped-article.html")]
    [InlineData("listing.html")]
    public void Text_read_from_the_page_source_is_the_text_node_text(string fixture)
    {
        foreach (var doc in new[] { HtmlDom.Parse(Fixture(fixture)), Default(Fixture(fixture)) })
        {
            var texts = doc.DocumentNode.Descendants().OfType<HtmlTextNode>().ToList();
            Assert.NotEmpty(texts);
            Assert.All(texts, t => Assert.Equal(t.Text, HtmlDom.RawText(t).ToString()));
        }
    }

    [Fact]
    public void Text_set_in_code_is_read_as_set()
    {
        var doc = HtmlDom.Parse("<p>original words</p>");
        var text = doc.DocumentNode.Descendants().OfType<HtmlTextNode>().Single();
        text.Text = "changed";
        Assert.Equal("changed", HtmlDom.RawText(text).ToString());
        Assert.Equal("created", HtmlDom.RawText(doc.CreateTextNode("created")).ToString());
    }

    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("\n    padded line\n  ", " padded line ")]
    [InlineData("a\u00A0\u00A0b", "a b")]
    [InlineData("\u200Bword", "word")]
    [InlineData("word\u200B", "word")]
    [InlineData("  \t\n ", " ")]
    [InlineData("\u200B", " ")]
    [InlineData("", "")]
    [InlineData("tab\there  and\r\nthere ", "tab here and there ")]
    public void Collapsing_keeps_one_space_at_each_edge_that_had_whitespace(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.CollapseKeepingEdges(input));
        Assert.Equal(expected, TextNormalizer.CollapseKeepingEdges(input.AsSpan()));
    }

    [Fact]
    public void Collapsing_agrees_with_collapse_plus_edges_on_random_text()
    {
        var alphabet = new[] { 'a', 'b', ',', '.', ' ', ' ', '\n', '\t', '\r', '\u00A0', '\u200B', '\u3000', '\u2009', 'é', '\u0001' };
        var random = new Random(20261122);
        for (var i = 0; i < 5_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            if (random.Next(4) == 0) text = new string('x', 600) + text; // beyond the stack buffer
            Assert.Equal(ByDefinition(text), TextNormalizer.CollapseKeepingEdges(text));
        }
    }

    [Fact]
    public void Text_already_collapsed_is_returned_without_a_copy()
    {
        const string text = " one two three ";
        Assert.Same(text, TextNormalizer.CollapseKeepingEdges(text));
    }

    [Theory]
    [InlineData("<div class='share-bar'>", "Strong", -25)]
    [InlineData("<div class='sidebar'>", "Weak", -25)]
    [InlineData("<div class='sidebar content'>", "Never", 0)]
    [InlineData("<div role='navigation'>", "Strong", 0)]
    [InlineData("<article class='comment'>", "Never", -25)]
    [InlineData("<div class='articleBody' id='comment'>", "Strong", 0)]
    [InlineData("<div id='comment-on-the-new-release'>", "Never", -25)]
    [InlineData("<div>", "Never", 0)]
    public void One_reading_of_an_element_gives_its_drop_level_and_weight(string tag, string drop, int weight)
    {
        var element = HtmlDom.Elements(HtmlDom.Parse(tag + "x</div>").DocumentNode).First();
        var assessment = BoilerplateHints.Assess(element);
        Assert.Equal(drop, assessment.Drop.ToString());
        Assert.Equal(weight, assessment.Weight);
    }

    [Theory]
    [InlineData(".a { margin: 0; } .b { padding: 0; }", true)]
    [InlineData("var a = f(1); var b = g(2); var c = h(3);", true)]
    [InlineData("width: 10px height: 20px top: 30px left 40px", true)]
    [InlineData("The talks, held in Oman, freed three men; two remain held.", false)]
    [InlineData("A long sentence of plain prose about a prisoner release and the talks.", false)]
    public void Code_is_told_from_prose(string text, bool code) => Assert.Equal(code, JunkText.LooksLikeCode(text));

    [Fact]
    public void Bench_ratios_are_total_time_over_total_time_and_the_median_page()
    {
        var vs = ExtractBench.VsBare.From(
        [
            new ExtractBench.PageTiming("small", 0.003, 0.001),
            new ExtractBench.PageTiming("medium", 0.015, 0.010),
            new ExtractBench.PageTiming("large", 0.120, 0.100),
        ]);
        Assert.Equal(0.138 / 0.111, vs.Aggregate, 6);
        Assert.Equal(1.5, vs.MedianPage, 6);
        Assert.Contains("small 3.0×", vs.Summary());
    }

    [Fact]
    public void Page_pairs_time_both_sides_of_every_page()
    {
        var calls = new Dictionary<string, int>();
        void Count(string key) => calls[key] = calls.GetValueOrDefault(key) + 1;
        var timings = ExtractBench.PagePairs([("a", "<p>a</p>"), ("b", "<p>b</p>")], html => Count("ours " + html), html => Count("bare " + html), rounds: 3);
        Assert.Equal(["a", "b"], timings.Select(t => t.Page));
        Assert.All(timings, t => Assert.True(t.OursSeconds > 0 && t.BareSeconds > 0));
        Assert.True(calls["ours <p>a</p>"] >= 3 && calls["bare <p>b</p>"] >= 3);
    }

    private static HtmlDocument Default(string html)
    {
        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        return doc;
    }

    /// <summary>The definition: whitespace-only text is one space; else the collapsed text with a space kept at each whitespace edge.</summary>
    private static string ByDefinition(string text)
    {
        if (text.Length == 0) return "";
        var core = TextNormalizer.Collapse(text);
        if (core.Length == 0) return " ";
        static bool Edge(char c) => char.IsWhiteSpace(c) || c == '\u00A0';
        return (Edge(text[0]) ? " " : "") + core + (Edge(text[^1]) ? " " : "");
    }
}
