using Alerts.Feeds;

namespace Alerts.Tests.Feeds;

public class FormatDetectionTests
{
    [Theory]
    [InlineData("rss090.xml", "rss0.90", "Tanker fleet added to sanctions list")]
    [InlineData("rss091.xml", "rss0.91", "Journalist freed after 400 days in detention")]
    [InlineData("rss092.xml", "rss0.92", "Journalist freed after 400 days in detention")]
    [InlineData("rss093.xml", "rss0.93", "Journalist freed after 400 days in detention")]
    [InlineData("rss094.xml", "rss0.94", "Journalist freed after 400 days in detention")]
    [InlineData("rss20.xml", "rss2.0", "Three aid workers released in prisoner exchange")]
    [InlineData("rdf.xml", "rdf", "EU lockert Sanktionen gegen Exporteure")]
    [InlineData("atom03.xml", "atom0.3", "Un otage libéré après deux ans de captivité")]
    [InlineData("atom10.xml", "atom1.0", "Treasury tightens sanctions on shipping network")]
    [InlineData("jsonfeed10.json", "jsonfeed1.0", "Activist pardoned & released")]
    [InlineData("jsonfeed11.json", "jsonfeed1.1", "Sankcje zniesione wobec dwóch banków")]
    public void Detects_each_format_and_reads_the_first_item(string file, string format, string title)
    {
        var feed = FeedFixtures.Parse(file);

        Assert.Equal(format, feed.Format);
        Assert.False(feed.IllFormed, string.Join("; ", feed.Problems));
        Assert.Equal(title, feed.Items[0].Title);
    }

    [Fact]
    public void Format_comes_from_content_not_from_the_file_name()
    {
        var atomBytes = FeedFixtures.Bytes("atom10.xml");
        var jsonBytes = FeedFixtures.Bytes("jsonfeed11.json");

        Assert.Equal("atom1.0", new FeedParser().Parse(atomBytes, "application/json").Format);
        Assert.Equal("jsonfeed1.1", new FeedParser().Parse(jsonBytes, null, new Uri("https://watch.example/feed.xml")).Format);
    }

    [Fact]
    public void Rss_0_9x_items_keep_link_description_and_date()
    {
        var item = FeedFixtures.Parse("rss091.xml").Items.Single();

        Assert.Equal("http://dispatch.example/world/journalist-freed", item.Link);
        Assert.Equal("The reporter was released on Tuesday and flown home.", item.Summary);
        Assert.Equal(new DateTimeOffset(2024, 11, 12, 9, 30, 0, TimeSpan.Zero), item.Published);
        Assert.Equal("en-gb", item.Language);
    }

    [Fact]
    public void Rdf_feed_reads_dublin_core_fields_and_language()
    {
        var feed = FeedFixtures.Parse("rdf.xml");
        var item = feed.Items.Single();

        Assert.Equal("Courier Bulletin", feed.Title);
        Assert.Equal("de", feed.Language);
        Assert.Equal(new DateTimeOffset(2024, 11, 14, 7, 0, 0, TimeSpan.Zero), item.Published);
        Assert.Equal(["Anna Weber"], item.Authors);
        Assert.Equal(["Sanktionen"], item.Categories);
        Assert.Equal("https://courier.example/sanktionen-gelockert", item.Id);
        Assert.Equal("de", item.Language);
    }

    [Fact]
    public void Atom_0_3_reads_issued_modified_escaped_and_base64_content()
    {
        var feed = FeedFixtures.Parse("atom03.xml");
        var entry = feed.Items.Single();

        Assert.Equal("https://veilleur.example/", feed.Link);
        Assert.Equal(new DateTimeOffset(2024, 11, 15, 8, 0, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal(new DateTimeOffset(2024, 11, 15, 10, 0, 0, TimeSpan.Zero), entry.Updated);
        Assert.Equal("<p>Libéré <em>hier soir</em>.</p>", entry.Summary);
        Assert.Equal("<p>Le prisonnier a été libéré.</p>", entry.Content);
        Assert.Equal(["Claire Martin"], entry.Authors);
        Assert.Equal("fr", entry.Language);
    }

    [Fact]
    public void Json_feeds_map_authors_tags_attachments_and_content()
    {
        var v10 = FeedFixtures.Parse("jsonfeed10.json").Items.Single();
        var v11 = FeedFixtures.Parse("jsonfeed11.json");

        Assert.Equal("4021", v10.Id);
        Assert.Equal("https://tracker.example/cases/4021", v10.Link);
        Assert.Equal(["Tracker Desk"], v10.Authors);
        Assert.Equal(["pardon", "releases"], v10.Categories);
        Assert.Equal(new FeedEnclosure("https://tracker.example/audio/4021.mp3", "audio/mpeg", 1024), v10.Enclosures.Single());
        Assert.Equal(new DateTimeOffset(2024, 11, 15, 15, 30, 0, TimeSpan.Zero), v10.Published);
        Assert.Equal("Pardon signed on Friday.", v10.Summary);
        Assert.Equal("<p>The activist was <strong>pardoned</strong> by decree.</p>", v10.Content);

        var item = v11.Items.Single();
        Assert.Equal(["Jan Nowak"], item.Authors);
        Assert.Equal("Rada zdecydowała o zniesieniu sankcji.", item.Content);
        Assert.Null(item.Published);
        Assert.Equal(new DateTimeOffset(2024, 11, 17, 7, 0, 0, TimeSpan.Zero), item.Updated);
        Assert.False(item.DateMissing);
        Assert.Equal("pl", item.Language);
    }

    [Fact]
    public void Rss_1_1_is_read_as_the_rdf_family()
    {
        var feed = FeedFixtures.Parse("rss11.xml");

        Assert.Equal("rdf", feed.Format);
        Assert.Equal("Ledger Weekly", feed.Title);
        Assert.Equal("https://ledger.example/export-ban-lifted", feed.Items.Single().Link);
        Assert.Equal("https://ledger.example/export-ban-lifted", feed.Items.Single().Id);
    }

    [Fact]
    public void Atom_feed_in_a_mistyped_namespace_is_still_read_and_noted()
    {
        var xml = "<feed xmlns=\"http://www.w3.org/2005/atom\"><title>Monitor</title><entry><title>Detainee released</title><id>urn:x:1</id></entry></feed>";

        var feed = FeedFixtures.ParseText(xml);

        Assert.Equal("atom1.0", feed.Format);
        Assert.Equal("Detainee released", feed.Items.Single().Title);
        Assert.Contains(feed.Problems, p => p.Contains("unknown namespace", StringComparison.Ordinal));
    }
}
