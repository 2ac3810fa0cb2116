using System.Text;
using Alerts.Extract;
using HtmlAgilityPack;

namespace Alerts.Tests.Extract;

/// <summary>The figures pass: built once per page, re-measured for every reading, linear on any nesting.</summary>
public class ContentModelTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Extract", "testdata", name));

    private const string Mixed = """
        <html><head><title>Talks</title><style>p { color: red; }</style></head><body>
          <div id="main" class="article-body">
            <p>The envoy&nbsp;said, after   three days of talks,
               that the <a href="/crew">detained crew</a> would be <b>freed</b>&#44; officials agreed.</p>
            <p>Caf&eacute; owners, fishermen and <a href="/a"><span>two</span> <i>unions</i></a> welcomed it.</p>
            <div class="sidebar"><ul><li><a href="/1">Most read one</a></li><li><a href="/2">Most read two</a></li></ul></div>
            <div style="display: none">hidden text, never counted</div>
            <script>var tracking = { id: 1 };</script>
            <p>   </p>
            <p>.rule { margin: 0px; padding: 4px; border: 1px solid; }</p>
          </div>
          <footer>Footer, with commas, not counted</footer>
        </body></html>
        """;

    public static TheoryData<string> Pages() => new() { Mixed, Fixture("scraped-article.html"), Fixture("listing.html") };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_element_sums_the_text_its_descendants_have_when_each_text_node_is_read_on_its_own(string html)
    {
        var doc = HtmlDom.Parse(html);
        var model = ContentModel.Build(doc.DocumentNode);
        model.Measure(BoilerplateHints.Strictness.None);
        var checkedElements = 0;
        foreach (var n in model.InOrder().Where(n => n.Text == null && n.Node.NodeType == HtmlNodeType.Element))
        {
            var expected = Reference(n.Node, n.InLink);
            Assert.True(expected.Text == n.TextLength, $"<{n.Name}>: text {n.TextLength}, expected {expected.Text}");
            Assert.True(expected.Link == n.LinkLength, $"<{n.Name}>: link text {n.LinkLength}, expected {expected.Link}");
            Assert.True(expected.Commas == n.Commas, $"<{n.Name}>: commas {n.Commas}, expected {expected.Commas}");
            checkedElements++;
        }
        Assert.True(checkedElements > 5);
    }

    [Fact]
    public void The_reference_figures_are_what_a_reader_sees()
    {
        var doc = HtmlDom.Parse(Mixed);
        var first = doc.DocumentNode.Descendants("p").First();
        // Text nodes count without the spaces at their edges: "The envoy said, after three days of talks, that the"
        // + "detained crew" + "would be" + "freed" + ", officials agreed."
        Assert.Equal(51 + 13 + 8 + 5 + 19, Reference(first, false).Text);
        Assert.Equal("detained crew".Length, Reference(first, false).Link);
        Assert.Equal(3, Reference(first, false).Commas);
    }

    [Fact]
    public void Reading_again_with_other_strictness_starts_from_the_page_not_from_the_last_reading()
    {
        var model = ContentModel.Build(HtmlDom.Parse(Mixed).DocumentNode);
        model.Measure(BoilerplateHints.Strictness.All);
        var strict = Snapshot(model);
        model.Measure(BoilerplateHints.Strictness.None);
        var loose = Snapshot(model);
        model.Measure(BoilerplateHints.Strictness.All);
        Assert.Equal(strict, Snapshot(model));
        Assert.NotEqual(strict, loose); // the sidebar is left out only when hints are trusted

        var sidebar = model.InOrder().Single(n => n.Node.GetAttributeValue("class", "") == "sidebar");
        Assert.True(sidebar.Excluded);
        Assert.All(model.InOrder().Where(n => IsInside(n, sidebar)), n => Assert.True(n.Excluded));
        var fresh = ContentModel.Build(HtmlDom.Parse(Mixed).DocumentNode);
        fresh.Measure(BoilerplateHints.Strictness.None);
        Assert.Equal(Snapshot(fresh), loose);
    }

    [Fact]
    public void A_sidebar_holding_most_of_the_prose_is_kept_as_layout()
    {
        var prose = string.Concat(Enumerable.Repeat("The crew was released after talks, officials said. ", 20));
        var model = ContentModel.Build(HtmlDom.Parse($"<body><div class='page-with-sidebar'><p>{prose}</p></div><div class='sidebar'><a href='/x'>More</a></div></body>").DocumentNode);
        model.Measure(BoilerplateHints.Strictness.All);
        Assert.False(model.InOrder().Single(n => n.Node.GetAttributeValue("class", "") == "page-with-sidebar").Excluded);
        Assert.True(model.InOrder().Single(n => n.Node.GetAttributeValue("class", "") == "sidebar").Excluded);
    }

    [Fact]
    public void Readings_the_page_hints_cannot_change_are_recognised()
    {
        var plain = ContentModel.Build(HtmlDom.Parse("<body><div><p>Text.</p></div></body>").DocumentNode);
        Assert.True(plain.SameReading(BoilerplateHints.Strictness.All, BoilerplateHints.Strictness.None));
        var weak = ContentModel.Build(HtmlDom.Parse("<body><div class='sidebar'><p>Text.</p></div></body>").DocumentNode);
        Assert.False(weak.SameReading(BoilerplateHints.Strictness.All, BoilerplateHints.Strictness.StrongOnly));
        Assert.True(weak.SameReading(BoilerplateHints.Strictness.StrongOnly, BoilerplateHints.Strictness.None));
        var strong = ContentModel.Build(HtmlDom.Parse("<body><div class='share-bar'><p>Text.</p></div></body>").DocumentNode);
        Assert.False(strong.SameReading(BoilerplateHints.Strictness.StrongOnly, BoilerplateHints.Strictness.None));
    }

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    public void Ten_thousand_levels_are_built_and_measured_without_recursion(string tag)
    {
        const string prose = "Ten prisoners were freed on Monday, the ministry said.";
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 10_000; i++) html.Append('<').Append(tag).Append('>');
        html.Append(prose);
        for (var i = 0; i < 10_000; i++) html.Append("</").Append(tag).Append('>');
        html.Append("</body></html>");
        var doc = HtmlDom.Parse(html.ToString());
        var model = ContentModel.Build(doc.DocumentNode);
        model.Measure(BoilerplateHints.Strictness.All);
        Assert.Equal(prose.Length, model.Root.TextLength);
        // Nodes below the depth limit are flattened into one text node, so the model stays a few hundred nodes deep.
        Assert.InRange(model.InOrder().Count(), 300, 1_000);
        Assert.Equal(prose, HtmlDom.Text(doc.DocumentNode));
    }

    private static (int Text, int Link, int Commas) Reference(HtmlNode node, bool inLink)
    {
        if (node is HtmlTextNode t)
        {
            var decoded = HtmlEntity.DeEntitize(t.Text);
            if (string.IsNullOrWhiteSpace(decoded)) return (0, 0, 0);
            var collapsed = TextNormalizer.Collapse(decoded);
            if (collapsed.Length == 0) return (0, 0, 0);
            var withEdges = (char.IsWhiteSpace(decoded[0]) ? " " : "") + collapsed + (char.IsWhiteSpace(decoded[^1]) ? " " : "");
            if (JunkText.LooksLikeCode(withEdges)) return (0, 0, 0);
            var commas = collapsed.Count(c => c == ',');
            return (collapsed.Length, inLink ? collapsed.Length : 0, commas);
        }
        if (node.NodeType != HtmlNodeType.Element && node.NodeType != HtmlNodeType.Document) return (0, 0, 0);
        if (node.NodeType == HtmlNodeType.Element && !ContentModel.Keeps(node)) return (0, 0, 0);
        var sum = (Text: 0, Link: 0, Commas: 0);
        foreach (var child in node.ChildNodes)
        {
            var c = Reference(child, inLink || node.Name == "a");
            sum = (sum.Text + c.Text, sum.Link + c.Link, sum.Commas + c.Commas);
        }
        return sum;
    }

    private static string Snapshot(ContentModel model) => string.Join(";", model.InOrder().Select(n =>
        $"{n.Name}:{n.TextLength}/{n.LinkLength}/{n.Commas}/{n.Paragraphs}/{n.ListItems}/{n.HasBlockChild}/{n.Excluded}"));

    private static bool IsInside(ContentNode node, ContentNode ancestor)
    {
        for (var a = node.Parent; a != null; a = a.Parent)
            if (a == ancestor) return true;
        return false;
    }
}
