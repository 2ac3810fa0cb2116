using Alerts.Feeds;

namespace Alerts.Tests.Feeds;

public class ItemFieldsTests
{
    [Fact]
    public void Rss_item_reads_every_field_including_modules()
    {
        var feed = FeedFixtures.Parse("rss20.xml");
        var item = feed.Items[0];

        Assert.Equal("Global Desk", feed.Title);
        Assert.Equal("https://globaldesk.example/", feed.Link);
        Assert.Equal("gd-2024-1187", item.Id);
        Assert.Equal("https://globaldesk.example/2024/11/aid-workers-released", item.Link);
        Assert.Equal(new DateTimeOffset(2024, 11, 13, 13, 5, 0, TimeSpan.Zero), item.Published);
        Assert.Equal("<p>The three were <b>freed</b> at a border crossing.</p>", item.Summary);
        Assert.Equal("<p>The three aid workers were freed at a border crossing on Wednesday after months of talks.</p>", item.Content);
        Assert.Equal(["Maria Lopez"], item.Authors);
        Assert.Equal(["Prisoner releases", "Diplomacy"], item.Categories);
        Assert.Equal(
            [
                new FeedEnclosure("https://globaldesk.example/audio/aid-workers.mp3", "audio/mpeg", 2451123),
                new FeedEnclosure("https://globaldesk.example/img/crossing.jpg", "image/jpeg", 48211),
            ],
            item.Enclosures);
        Assert.Equal("en-us", item.Language);
    }

    [Fact]
    public void Itunes_author_and_keywords_fill_in_and_missing_date_is_flagged()
    {
        var item = FeedFixtures.Parse("rss20.xml").Items[1];

        Assert.Equal(["Weather Team"], item.Authors);
        Assert.Equal(["weather", "storms"], item.Categories);
        Assert.Null(item.Published);
        Assert.True(item.DateMissing);
    }

    [Fact]
    public void Atom_entry_reads_authors_categories_enclosures_and_dates()
    {
        var entry = FeedFixtures.Parse("atom10.xml").Items[0];

        Assert.Equal("urn:uuid:entry-1", entry.Id);
        Assert.Equal(["Sam Okafor", "desk@monitor.example"], entry.Authors);
        Assert.Equal(["Sanctions", "shipping"], entry.Categories);
        Assert.Equal(new DateTimeOffset(2024, 11, 16, 14, 15, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal(new DateTimeOffset(2024, 11, 16, 15, 0, 0, TimeSpan.Zero), entry.Updated);
        Assert.Equal(new FeedEnclosure("https://monitor.example/files/designations.pdf", "application/pdf", 90210), entry.Enclosures.Single());
        Assert.Equal("<p>Eleven vessels and <em>four</em> companies were designated.</p>", entry.Content);
    }

    [Fact]
    public void Language_is_inherited_from_the_feed_and_overridden_by_the_entry()
    {
        var feed = FeedFixtures.Parse("atom10.xml");

        Assert.Equal("en", feed.Language);
        Assert.Equal("en", feed.Items[0].Language);
        Assert.Equal("uk", feed.Items[1].Language);
    }

    [Fact]
    public void Atom_entry_with_only_updated_uses_it_as_published()
    {
        var entry = FeedFixtures.Parse("atom10.xml").Items[1];

        Assert.Equal(new DateTimeOffset(2024, 11, 16, 11, 0, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal("Обмін полоненими відбувся вранці.", entry.Content);
    }

    [Fact]
    public void Permalink_guid_stands_in_for_a_missing_link()
    {
        var feed = FeedFixtures.ParseText(FeedFixtures.Rss("<title>Talks resume</title><guid>https://desk.example/talks</guid>"));

        Assert.Equal("https://desk.example/talks", feed.Items[0].Link);
        Assert.Equal("https://desk.example/talks", feed.Items[0].Id);
    }

    [Fact]
    public void Dc_language_on_the_channel_is_inherited_by_items()
    {
        var feed = FeedFixtures.ParseText(FeedFixtures.Rss("<title>Новости</title>", "<dc:language>ru</dc:language>",
            " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""));

        Assert.Equal("ru", feed.Language);
        Assert.Equal("ru", feed.Items[0].Language);
    }
}
