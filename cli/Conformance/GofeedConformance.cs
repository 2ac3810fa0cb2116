using System.Text.Json;
using Alerts.Feeds;

namespace Alerts.Cli.Conformance;

/// <summary>Runs every gofeed case through the parser and tallies field passes per format.</summary>
public static class GofeedConformance
{
    public sealed record Mismatch(string Case, string Field, string? Expected, string? Actual);

    public sealed record Tally(string Format, int Cases, int Fields, int Passed)
    {
        public double Rate => Fields == 0 ? 1 : (double)Passed / Fields;
    }

    public sealed record Report(IReadOnlyList<Tally> PerFormat, Tally Overall, IReadOnlyList<Mismatch> Mismatches);

    public static Report Run(string gofeedRoot, IFeedParser parser)
    {
        var perFormat = new SortedDictionary<string, (int Cases, int Fields, int Passed)>(StringComparer.Ordinal);
        var mismatches = new List<Mismatch>();
        foreach (var c in GofeedCase.Discover(gofeedRoot))
        {
            using var expectedDoc = JsonDocument.Parse(File.ReadAllBytes(c.ExpectedPath));
            var expected = expectedDoc.RootElement;
            var format = GofeedCase.FormatOf(expected);
            List<FieldComparer.FieldResult> results;
            try
            {
                results = FieldComparer.Compare(expected, parser.Parse(File.ReadAllBytes(c.InputPath)));
            }
            catch (FeedParseException ex)
            {
                results = [new FieldComparer.FieldResult("parse", false, "a feed", ex.Message)];
            }
            var t = perFormat.GetValueOrDefault(format);
            perFormat[format] = (t.Cases + 1, t.Fields + results.Count, t.Passed + results.Count(r => r.Pass));
            mismatches.AddRange(results.Where(r => !r.Pass).Select(r => new Mismatch(c.Name, r.Field, r.Expected, r.Actual)));
        }
        var tallies = perFormat.Select(p => new Tally(p.Key, p.Value.Cases, p.Value.Fields, p.Value.Passed)).ToList();
        var overall = new Tally("overall", tallies.Sum(t => t.Cases), tallies.Sum(t => t.Fields), tallies.Sum(t => t.Passed));
        return new Report(tallies, overall, mismatches);
    }

    /// <summary>Where our model deliberately differs from gofeed's universal translator.</summary>
    public static readonly string[] ByDesign =
    [
        "authors: one display string per author (the name, else the e-mail address), not name+email objects.",
        "enclosures: media:content elements are enclosures too (gofeed keeps them only as an item image).",
        "item.id: an RDF item's rdf:about is its id (gofeed leaves guid empty for RSS 1.0).",
        "item.id: dc:identifier is the id when there is no guid.",
        "item.authors: every dc:creator is an author (gofeed keeps the first).",
        "item.link / feed.link: the first <link> wins (gofeed prefers a later href attribute).",
        "title: always plain text (markup dropped, entities decoded); summary/content keep HTML.",
        "feed.link: only an alternate link, never rel=\"self\" (gofeed's feedLink is not compared).",
    ];
}
