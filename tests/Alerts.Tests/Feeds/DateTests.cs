using System.Globalization;
using Alerts.Feeds.Dates;

namespace Alerts.Tests.Feeds;

public class DateTests
{
    [Theory]
    // RFC 822 / 1123 with numeric and named zones
    [InlineData("Tue, 12 Nov 2024 09:30:00 GMT", "2024-11-12T09:30:00Z")]
    [InlineData("Tue, 12 Nov 2024 09:30:00 +0200", "2024-11-12T07:30:00Z")]
    [InlineData("Tue, 12 Nov 2024 09:30:00 UT", "2024-11-12T09:30:00Z")]
    [InlineData("Tue, 12 Nov 2024 09:30:00 EST", "2024-11-12T14:30:00Z")]
    [InlineData("Tue, 12 Nov 2024 09:30:00 EDT", "2024-11-12T13:30:00Z")]
    [InlineData("Tue, 12 Nov 2024 09:30:00 PDT", "2024-11-12T16:30:00Z")]
    [InlineData("Tue, 12 Nov 2024 09:30:00 CST", "2024-11-12T15:30:00Z")]
    [InlineData("Tue, 12 Nov 2024 09:30:00 Z", "2024-11-12T09:30:00Z")]
    [InlineData("Tue, 12 Nov 2024 09:30:00 A", "2024-11-12T08:30:00Z")]
    [InlineData("Tue, 12 Nov 2024 09:30:00 N", "2024-11-12T10:30:00Z")]
    [InlineData("12 Nov 2024 09:30 +0000", "2024-11-12T09:30:00Z")]
    // a wrong weekday is ignored, 2-digit years are expanded
    [InlineData("Sun, 12 Nov 2024 09:30:00 GMT", "2024-11-12T09:30:00Z")]
    [InlineData("Tue, 12 Nov 24 09:30:00 GMT", "2024-11-12T09:30:00Z")]
    [InlineData("Fri, 05 Mar 99 23:00:00 GMT", "1999-03-05T23:00:00Z")]
    [InlineData("Tuesday, 12-Nov-24 09:30:00 GMT", "2024-11-12T09:30:00Z")]
    [InlineData("November 12, 2024 9:30 pm", "2024-11-12T21:30:00Z")]
    // RFC 3339 / W3CDTF, full and partial
    [InlineData("2024-11-12T09:30:00Z", "2024-11-12T09:30:00Z")]
    [InlineData("2024-11-12T09:30:00.250+03:00", "2024-11-12T06:30:00.25Z")]
    [InlineData("2024-11-12T09:30-05:00", "2024-11-12T14:30:00Z")]
    [InlineData("2024-11-12 09:30:00", "2024-11-12T09:30:00Z")]
    [InlineData("2024-11-12", "2024-11-12T00:00:00Z")]
    [InlineData("2024-11", "2024-11-01T00:00:00Z")]
    [InlineData("2024", "2024-01-01T00:00:00Z")]
    // month names in other languages, genitive forms included
    [InlineData("12 ноября 2024, 14:30", "2024-11-12T14:30:00Z")]
    [InlineData("3 марта 2024 г. 08:00 +0300", "2024-03-03T05:00:00Z")]
    [InlineData("12 листопада 2024 10:15", "2024-11-12T10:15:00Z")]
    [InlineData("5 травня 2024", "2024-05-05T00:00:00Z")]
    [InlineData("12 лістапада 2024 09:00", "2024-11-12T09:00:00Z")]
    [InlineData("1 студзеня 2025", "2025-01-01T00:00:00Z")]
    [InlineData("Di, 12. November 2024 10:00:00 +0100", "2024-11-12T09:00:00Z")]
    [InlineData("12. März 2024", "2024-03-12T00:00:00Z")]
    [InlineData("mardi 12 novembre 2024 10:00", "2024-11-12T10:00:00Z")]
    [InlineData("1 févr. 2024", "2024-02-01T00:00:00Z")]
    [InlineData("12 listopada 2024 15:45", "2024-11-12T15:45:00Z")]
    [InlineData("wt, 3 wrz 2024 08:00:00 +0200", "2024-09-03T06:00:00Z")]
    [InlineData("12.11.2024 14:30", "2024-11-12T14:30:00Z")]
    [InlineData("12 de noviembre de 2024 a las 10:00", "2024-11-12T10:00:00Z")]
    public void Parses_feed_date_forms_to_utc(string text, string expectedUtc)
    {
        var expected = DateTimeOffset.Parse(expectedUtc, CultureInfo.InvariantCulture);

        var parsed = FeedDateParser.Parse(text);

        Assert.Equal(expected, parsed);
        Assert.Equal(TimeSpan.Zero, parsed!.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yesterday")]
    [InlineData("Tue, 45 Nov 2024 09:30:00 GMT")]
    [InlineData("2024-13-40T99:99:99Z")]
    [InlineData("Nov 2024")]
    [InlineData("10000-01-01T00:00:00Z")]
    [InlineData("9999-12-31T24:00:00Z")]
    [InlineData("0001-01-01T00:00:00+14:00")]
    [InlineData("Tue, 12 Nov 20245 09:30:00 GMT")]
    public void Unparseable_dates_are_null(string text) => Assert.Null(FeedDateParser.Parse(text));

    [Fact]
    public void Item_with_unparseable_date_is_flagged_date_missing()
    {
        var item = FeedFixtures.ParseText(FeedFixtures.Rss("<title>Release expected</title><pubDate>sometime soon</pubDate>")).Items[0];

        Assert.Null(item.Published);
        Assert.True(item.DateMissing);
    }

    [Fact]
    public void Item_with_a_date_is_not_flagged()
    {
        var item = FeedFixtures.ParseText(FeedFixtures.Rss("<title>Released</title><pubDate>Tue, 12 Nov 2024 09:30:00 GMT</pubDate>")).Items[0];

        Assert.False(item.DateMissing);
    }
}
