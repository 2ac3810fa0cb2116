using Alerts.Subscribers;

namespace Alerts.Tests.Subscribers;

public class QuietHoursTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static DateTimeOffset Utc(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(21, 0, true)]   // 22:00 Berlin: start is inclusive
    [InlineData(20, 59, false)] // 21:59
    [InlineData(23, 30, true)]  // 00:30 next day
    [InlineData(5, 59, true)]   // 06:59
    [InlineData(6, 0, false)]   // 07:00: end is exclusive
    [InlineData(12, 0, false)]
    public void WindowWrapsMidnightInLocalTime(int utcHour, int minute, bool quiet)
    {
        var hours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0));
        Assert.Equal(quiet, hours.Contains(Utc(22, utcHour, minute), Berlin));
    }

    [Fact]
    public void DaytimeWindow()
    {
        var hours = new QuietHours(new TimeOnly(12, 0), new TimeOnly(13, 0));
        Assert.True(hours.Contains(Utc(22, 11, 30), Berlin));
        Assert.False(hours.Contains(Utc(22, 12, 0), Berlin));
    }

    [Fact]
    public void EndAfterGivesTheMorning()
    {
        var hours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0));
        Assert.Equal(Utc(23, 6), hours.EndAfter(Utc(22, 22), Berlin));
        Assert.Equal(Utc(22, 12), hours.EndAfter(Utc(22, 12), Berlin));
    }

    [Fact]
    public void PreferencesDeferImmediateAlertsPastQuietHours()
    {
        var prefs = new SubscriberPreferences { Cadence = "immediate", TimeZone = "Europe/Berlin", QuietHours = "22:00-07:00" };
        Assert.True(prefs.InQuietHours(Utc(22, 23)));
        Assert.Equal(Utc(23, 6), prefs.NextDue(null, Utc(22, 23)));
        Assert.False(prefs.InQuietHours(Utc(22, 9)));
        Assert.Equal(Utc(22, 9), prefs.NextDue(null, Utc(22, 9)));
    }

    [Theory]
    [InlineData("22:00-07:00", true)]
    [InlineData(" 22:00 - 07:00 ", true)]
    [InlineData("", true)]
    [InlineData("late", false)]
    [InlineData("22-7", false)]
    public void Parses(string text, bool ok) => Assert.Equal(ok, QuietHours.TryParse(text, out _));
}
