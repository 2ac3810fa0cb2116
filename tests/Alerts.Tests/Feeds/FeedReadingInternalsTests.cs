using System.Text;
using Alerts.Feeds.Dates;
using Alerts.Feeds.Encoding;
using Alerts.Feeds.Xml;

namespace Alerts.Tests.Feeds;

/// <summary>The pieces the fast path is built from: pooled text, the per-thread name table, month abbreviations.</summary>
public class FeedReadingInternalsTests
{
    [Fact]
    public void Decoded_text_reads_back_through_its_reader_and_is_gone_after_dispose()
    {
        var source = string.Concat(Enumerable.Repeat("Détenus libérés — 字 ", 2000));
        var text = FeedTextDecoder.Decode(Encoding.UTF8.GetBytes(source), null, []);

        Assert.Equal(source, text.Span.ToString());
        using (var reader = text.OpenReader()) Assert.Equal(source, reader.ReadToEnd());
        text.Dispose();

        Assert.Throws<ObjectDisposedException>(() => text.Span.Length);
    }

    [Fact]
    public void The_name_table_returns_one_instance_per_name_and_starts_over_when_full()
    {
        var names = new BoundedNameTable();
        var first = names.Add("item");
        Assert.Same(first, names.Add(new string("item".AsSpan())));
        Assert.Same(first, names.Add("xitemx".ToCharArray(), 1, 4));

        for (var i = 0; i <= BoundedNameTable.MaxNames; i++) names.Add("made-up-" + i);
        names.TrimIfFull();

        Assert.Null(names.Get("made-up-1"));
        Assert.Null(names.Get("item"));
    }

    [Fact]
    public void Parsing_after_a_document_full_of_made_up_names_still_works()
    {
        var junk = string.Concat(Enumerable.Range(0, BoundedNameTable.MaxNames + 10).Select(i => $"<n{i}/>"));
        var parser = new Alerts.Feeds.FeedParser();
        parser.Parse(Encoding.UTF8.GetBytes(FeedFixtures.Rss("<title>Junk</title>" + junk)));

        var feed = parser.Parse(Encoding.UTF8.GetBytes(FeedFixtures.Rss("<title>Clean</title>")));

        Assert.Equal("Clean", feed.Items[0].Title);
    }

    /// <summary>The documented rule, by brute force: a prefix names a month when every name it starts belongs to that month.</summary>
    private static int UniquePrefixMonth(string[][] namesByMonth, string word)
    {
        var months = Enumerable.Range(0, 12).Where(m => namesByMonth[m].Any(n => n.StartsWith(word, StringComparison.Ordinal))).ToList();
        return months.Count == 1 ? months[0] + 1 : 0;
    }

    [Fact]
    public void Every_prefix_of_every_month_name_resolves_by_the_unique_prefix_rule()
    {
        var namesByMonth = (string[][])typeof(MonthNames).GetField("NamesByMonth", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        var exact = namesByMonth.SelectMany((names, m) => names.Select(n => (n, m + 1))).GroupBy(p => p.n).ToDictionary(g => g.Key, g => g.First().Item2);

        foreach (var name in namesByMonth.SelectMany(n => n))
        {
            for (var length = 3; length <= name.Length; length++)
            {
                var word = name[..length];
                var expected = exact.TryGetValue(word, out var m) ? m : UniquePrefixMonth(namesByMonth, word);
                Assert.Equal(expected, MonthNames.Lookup(word.ToUpperInvariant() + "."));
            }
        }
        Assert.Equal(0, MonthNames.Lookup("Sun"));
        Assert.Equal(0, MonthNames.Lookup("ma"));
    }
}
