using Alerts.Dedup;
using Alerts.Feeds;

namespace Alerts.Tests.Dedup;

public sealed class ItemIdentityTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_retitled_item_at_the_same_url_keeps_its_key()
    {
        var first = new FeedEntry { Title = "Three activists released", Link = "https://news.example.org/a/123.html", Published = Published };
        var retitled = first with { Title = "Three activists released after pardon, lawyers say", Updated = Published.AddHours(2) };
        Assert.Equal(ItemIdentity.KeyFor(first, "outlet"), ItemIdentity.KeyFor(retitled, "outlet"));
    }

    [Fact]
    public void The_same_item_through_two_feeds_has_one_key()
    {
        var viaWorldFeed = new FeedEntry { Title = "EU adopts new sanctions package", Link = "https://news.example.org/eu-sanctions?utm_source=world-rss" };
        var viaPoliticsFeed = new FeedEntry { Title = "EU adopts 20th sanctions package", Link = "https://news.example.org/eu-sanctions/?utm_source=politics-rss#top" };
        var withUrlGuid = new FeedEntry { Id = "https://news.example.org/eu-sanctions", Title = "EU sanctions" };

        var key = ItemIdentity.KeyFor(viaWorldFeed, "outlet-world");
        Assert.Equal(key, ItemIdentity.KeyFor(viaPoliticsFeed, "outlet-politics"));
        Assert.Equal(key, ItemIdentity.KeyFor(withUrlGuid, "aggregator"));
    }

    [Fact]
    public void A_stable_non_url_guid_wins_over_the_link_and_is_scoped_to_its_source()
    {
        var entry = new FeedEntry { Id = "tag:news.example.org,2026:article-5521", Link = "https://news.example.org/a?session=1" };
        var moved = entry with { Link = "https://news.example.org/a-renamed" };

        Assert.Equal(ItemIdentity.KeyFor(entry, "outlet"), ItemIdentity.KeyFor(moved, "outlet"));
        Assert.NotEqual(ItemIdentity.KeyFor(entry, "outlet"), ItemIdentity.KeyFor(entry, "other-outlet"));
        Assert.NotEqual(ItemIdentity.KeyFor(entry, "outlet"), ItemIdentity.KeyFor(entry with { Id = null }, "outlet"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1")]
    [InlineData("48213")]
    public void Weak_guids_fall_back_to_the_url(string? guid)
    {
        var entry = new FeedEntry { Id = guid, Link = "https://news.example.org/story" };
        Assert.False(ItemIdentity.IsUsableGuid(guid));
        Assert.Equal(ItemIdentity.KeyFor(new FeedEntry { Link = "https://news.example.org/story" }, "x"), ItemIdentity.KeyFor(entry, "outlet"));
    }

    [Fact]
    public void Guids_repeated_within_a_feed_mark_the_feed_unstable()
    {
        var broken = new[]
        {
            new FeedEntry { Id = "item", Link = "https://news.example.org/1", Title = "One" },
            new FeedEntry { Id = "item", Link = "https://news.example.org/2", Title = "Two" },
        };
        var fine = new[]
        {
            new FeedEntry { Id = "a-1", Link = "https://news.example.org/1" },
            new FeedEntry { Id = "a-2", Link = "https://news.example.org/2" },
            new FeedEntry { Id = null, Link = "https://news.example.org/3" },
            new FeedEntry { Id = null, Link = "https://news.example.org/4" },
        };
        Assert.True(ItemIdentity.HasUnstableGuids(broken));
        Assert.False(ItemIdentity.HasUnstableGuids(fine));

        var keys = broken.Select(e => ItemIdentity.KeyFor(e, "outlet", guidsUnstable: true)).ToList();
        Assert.NotEqual(keys[0], keys[1]);
        Assert.Equal(ItemIdentity.KeyFor(new FeedEntry { Link = "https://news.example.org/1" }, "other"), keys[0]);
    }

    [Fact]
    public void Without_guid_or_link_the_title_and_date_identify_the_item()
    {
        var entry = new FeedEntry { Title = "Sanctions eased on  potash exports!", Published = Published };
        var samePunctuationChanged = entry with { Title = "sanctions eased on potash exports", Published = Published.AddHours(3) };
        var nextDay = entry with { Published = Published.AddDays(1) };

        Assert.Equal(ItemIdentity.KeyFor(entry, "outlet"), ItemIdentity.KeyFor(samePunctuationChanged, "outlet"));
        Assert.NotEqual(ItemIdentity.KeyFor(entry, "outlet"), ItemIdentity.KeyFor(nextDay, "outlet"));
        Assert.NotEqual(ItemIdentity.KeyFor(entry, "outlet"), ItemIdentity.KeyFor(entry, "other"));
    }

    [Fact]
    public void Keys_are_short_and_table_key_safe()
    {
        var entries = new[]
        {
            new FeedEntry { Id = "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427/#?\\" },
            new FeedEntry { Link = "https://news.example.org/path/with?query=1#frag" },
            new FeedEntry { Title = "Заголовок / с #символами?" },
        };
        foreach (var entry in entries)
        {
            var key = ItemIdentity.KeyFor(entry, "src/with#odd?chars");
            Assert.InRange(key.Length, 8, 40);
            Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        }
    }

    [Fact]
    public void Normalizes_titles_for_comparison()
    {
        Assert.Equal("минск освободил 14 политзаключенных", ItemIdentity.NormalizeTitle("  Минск освободил 14 политзаключённых…".Replace("ё", "е")));
        Assert.Equal("", ItemIdentity.NormalizeTitle(null));
        Assert.Equal("a b", ItemIdentity.NormalizeTitle("A — «B»"));
    }
}
