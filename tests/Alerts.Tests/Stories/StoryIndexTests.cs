using Alerts.Stories;

namespace Alerts.Tests.Stories;

public class StoryIndexTests
{
    private static StorySignature Signature(string id, string date) => new()
    {
        ItemId = id,
        StoryId = "s-" + id,
        ThreadId = "t-" + id,
        Published = DateTimeOffset.Parse(date + "T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        Lang = "be",
        Topics = ["prisoner_release", "sanctions"],
        Stage = "confirmed+eased",
        Countries = ["BY", "US"],
        Count = 123,
        Names = ["blck", "klsn"],
        Numbers = ["123"],
        Terms = ["вызвал", "палітв"],
        SimHash = 0xF00DFACECAFEBEEF,
    };

    [Fact]
    public async Task In_memory_index_returns_only_signatures_inside_the_window()
    {
        var index = new InMemoryStoryIndex();
        await index.AddAsync(Signature("a", "2025-12-01"));
        await index.AddAsync(Signature("b", "2025-12-10"));
        await index.AddAsync(Signature("c", "2026-02-01"));
        var recent = await index.RecentAsync(DateTimeOffset.Parse("2025-12-12T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromDays(7));
        Assert.Equal(["b"], recent.Select(s => s.ItemId));
    }

    [Fact]
    public void Table_rows_round_trip_every_field()
    {
        var original = Signature("feed/item?1#x", "2025-12-13");
        var row = TableStoryIndex.ToRow(original);
        Assert.Equal("20251213", row.PartitionKey);
        Assert.DoesNotContain('/', row.RowKey);
        Assert.DoesNotContain('#', row.RowKey);
        var back = TableStoryIndex.FromRow(row);
        Assert.Equal(original.ItemId, back.ItemId);
        Assert.Equal(original.StoryId, back.StoryId);
        Assert.Equal(original.ThreadId, back.ThreadId);
        Assert.Equal(original.Published, back.Published);
        Assert.Equal(original.Topics, back.Topics);
        Assert.Equal(original.Stage, back.Stage);
        Assert.Equal(original.Countries, back.Countries);
        Assert.Equal(original.Count, back.Count);
        Assert.Equal(original.Names, back.Names);
        Assert.Equal(original.Numbers, back.Numbers);
        Assert.Equal(original.Terms, back.Terms);
        Assert.Equal(original.SimHash, back.SimHash);
    }

    [Theory]
    [InlineData("Bialiatski", "Бяляцкі")]
    [InlineData("Kolesnikova", "Калесьнікава")]
    [InlineData("Lukashenko", "Лукашэнка")]
    [InlineData("Łukaszenka", "Лукашенко")]
    [InlineData("Lukaschenko", "Lukashenko")]
    public void Name_keys_match_across_scripts_and_spellings(string a, string b)
    {
        Assert.Equal(NameKeys.Key(a), NameKeys.Key(b));
    }

    [Fact]
    public void Name_keys_differ_for_different_names()
    {
        Assert.NotEqual(NameKeys.Key("Kolesnikova"), NameKeys.Key("Bialiatski"));
    }
}
