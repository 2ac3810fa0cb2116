using System.Text;
using Alerts.Feeds;
using Alerts.Feeds.Encoding;
using Alerts.Feeds.Xml;
using Xunit.Abstractions;
using static Alerts.Tests.Feeds.FastXmlDifferential;

namespace Alerts.Tests.Feeds;

/// <summary>
/// The fast XML reader against XmlReader on damaged documents (characters deleted, inserted, repeated, with a fixed
/// seed) and on the shared feed corpora when present: whatever it reads must be read by XmlReader into the same tree.
/// </summary>
public class FastXmlMutationTests(ITestOutputHelper output)
{
    private const int MutantsPerFeed = 400;

    /// <summary>Characters that make or break markup, plus a few that names, text and the character check care about.</summary>
    private const string Inserted = "<>&;#x/=:!?[]-\"' \r\n\tax1é字\u0001\u00A0\uD83D\uFFFE";

    private static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        for (var edits = 1 + random.Next(3); edits > 0 && sb.Length > 0; edits--)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(4))
            {
                case 0:
                    sb.Remove(at, Math.Min(1 + random.Next(3), sb.Length - at));
                    break;
                case 1:
                    sb.Insert(at, Inserted[random.Next(Inserted.Length)]);
                    break;
                case 2:
                    var length = Math.Min(1 + random.Next(12), sb.Length - at);
                    sb.Insert(random.Next(sb.Length), sb.ToString(at, length));
                    break;
                default:
                    sb[at] = Inserted[random.Next(Inserted.Length)];
                    break;
            }
        }
        return sb.ToString();
    }

    [Theory]
    [InlineData("rss20.xml")]
    [InlineData("atom10.xml")]
    [InlineData("atom03.xml")]
    [InlineData("rdf.xml")]
    [InlineData("rss091.xml")]
    [InlineData("rss11.xml")]
    public void Damaged_feeds_are_read_as_XmlReader_reads_them_or_left_to_it(string name)
    {
        var original = Decode(FeedFixtures.Bytes(name));
        var random = new Random(name.Length * 7919 + name[3]);
        int same = 0, strictReads = 0;
        for (var i = 0; i < MutantsPerFeed; i++)
        {
            var mutant = Mutate(original, random);
            if (Check(mutant, new Uri("https://desk.example/feed.xml"), $"{name} mutant {i}") == Verdict.Same) same++;
            if (!StrictOutcome(mutant, null).StartsWith("Xml", StringComparison.Ordinal)) strictReads++;
        }
        output.WriteLine($"{name}: XmlReader read {strictReads} of {MutantsPerFeed} damaged copies, the fast reader {same}");
        // Most damage leaves the document well-formed (text changed) or breaks it: the fast reader must still take most
        // of what XmlReader reads, or it would be handing the common case back to XmlReader.
        Assert.True(same >= strictReads * 0.6, $"the fast reader took only {same} of the {strictReads} damaged copies XmlReader read");
    }

    [Fact]
    public void Damaged_odd_shapes_are_read_as_XmlReader_reads_them_or_left_to_it()
    {
        var random = new Random(7);
        foreach (var xml in FastXmlReaderTests.OddShapes())
        {
            for (var i = 0; i < 150; i++) Check(Mutate(xml, random), new Uri("https://desk.example/feed.xml"), $"odd shape mutant {i}");
        }
    }

    [Fact]
    public void Every_file_of_the_shared_feed_corpora_is_read_as_XmlReader_reads_it_or_left_to_it()
    {
        var root = Path.Combine(TestPaths.RepoRoot, "..", "shared", "corpora", "feeds");
        if (!Directory.Exists(root))
        {
            output.WriteLine($"{root} not found: nothing to compare");
            return;
        }
        int files = 0, same = 0, strictReads = 0;
        var random = new Random(20261101);
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length is 0 or > 2_000_000) continue;
            using var text = FeedTextDecoder.Decode(bytes, null, []);
            if (IsJsonOrNotMarkup(text)) continue;
            files++;
            var decoded = text.ToString();
            if (Check(decoded, new Uri("https://desk.example/feed.xml"), Path.GetRelativePath(root, path)) == Verdict.Same) same++;
            if (!StrictOutcome(decoded, null).StartsWith("Xml", StringComparison.Ordinal)) strictReads++;
            if (files % 10 != 0) continue;
            for (var i = 0; i < 10; i++) Check(Mutate(decoded, random), null, $"{Path.GetRelativePath(root, path)} mutant {i}");
        }
        output.WriteLine($"{files} XML files: XmlReader read {strictReads}, the fast reader {same}");
        Assert.True(same >= strictReads * 0.8, $"the fast reader took only {same} of the {strictReads} files XmlReader read");
    }

    private static bool IsJsonOrNotMarkup(FeedText text)
    {
        try
        {
            return FeedInputSniffer.Classify(text.Span) == FeedInputSniffer.Kind.Json;
        }
        catch (FeedParseException)
        {
            return true; // not markup at all: nothing for an XML reader
        }
    }
}
