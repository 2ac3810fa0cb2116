using Alerts.Subscribers;

namespace Alerts.Tests.Subscribers;

public class CadenceTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("immediate", "immediate")]
    [InlineData("Hourly", "hourly")]
    [InlineData("daily 8:05", "daily 08:05")]
    [InlineData("  daily   18:30 ", "daily 18:30")]
    [InlineData("weekly monday 09:00", "weekly mon 09:00")]
    [InlineData("weekly FRI 17:45", "weekly fri 17:45")]
    public void ParsesAndFormats(string text, string formatted) => Assert.Equal(formatted, Cadence.Parse(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("daily")]
    [InlineData("daily 25:00")]
    [InlineData("weekly 09:00")]
    [InlineData("weekly xyz 09:00")]
    [InlineData("monthly 1 09:00")]
    public void RejectsWithAClearMessage(string text)
    {
        Assert.False(Cadence.TryParse(text, out _, out var error));
        Assert.Contains("daily HH:mm", error);
    }

    [Fact]
    public void DailyAtLocalTimeAcrossSpringForward()
    {
        // 08:00 CET on Saturday 28 March is 07:00 UTC; the next 08:00 is CEST, 06:00 UTC.
        var next = Cadence.Parse("daily 08:00").NextDue(Utc(3, 28, 7), Utc(3, 28, 12), Berlin);
        Assert.Equal(Utc(3, 29, 6), next);
        Assert.Equal(8, TimeZoneInfo.ConvertTime(next, Berlin).Hour);
    }

    [Fact]
    public void DailyAtLocalTimeAcrossFallBack()
    {
        var next = Cadence.Parse("daily 08:00").NextDue(Utc(10, 24, 6), Utc(10, 24, 12), Berlin);
        Assert.Equal(Utc(10, 25, 7), next);
    }

    [Fact]
    public void TimeSkippedByDstMovesToTheFirstValidMinute()
    {
        // 02:30 does not exist in Berlin on 29 March 2026: clocks jump from 02:00 to 03:00 CEST (01:00 UTC).
        var next = Cadence.Parse("daily 02:30").NextDue(Utc(3, 28, 12), Utc(3, 28, 12), Berlin);
        Assert.Equal(Utc(3, 29, 1), next);
    }

    [Fact]
    public void RepeatedTimeIsTakenAtItsFirstOccurrence()
    {
        // 02:30 happens twice on 25 October 2026: first at CEST (00:30 UTC), then at CET (01:30 UTC).
        var next = Cadence.Parse("daily 02:30").NextDue(Utc(10, 24, 12), Utc(10, 24, 12), Berlin);
        Assert.Equal(Utc(10, 25, 0, 30), next);
        // And not again an hour later: the next one is the following day.
        Assert.Equal(Utc(10, 26, 1, 30), Cadence.Parse("daily 02:30").NextDue(next, next, Berlin));
    }

    [Fact]
    public void WeeklyOnTheRightDayInTheSubscribersZone()
    {
        // Sunday 1 November 2026 is New York's fall back; Monday 09:00 EST is 14:00 UTC.
        var next = Cadence.Parse("weekly mon 09:00").NextDue(Utc(10, 26, 13), Utc(10, 30, 0), NewYork);
        Assert.Equal(Utc(11, 2, 14), next);
        Assert.Equal(DayOfWeek.Monday, TimeZoneInfo.ConvertTime(next, NewYork).DayOfWeek);
    }

    [Fact]
    public void FirstDigestWaitsForTheNextSlot()
    {
        var now = Utc(11, 22, 9, 15); // 10:15 in Berlin
        Assert.Equal(Utc(11, 23, 7), Cadence.Parse("daily 08:00").NextDue(null, now, Berlin));
        Assert.Equal(Utc(11, 22, 17), Cadence.Parse("daily 18:00").NextDue(null, now, Berlin));
    }

    [Fact]
    public void MissedSlotIsDueAtOnce()
    {
        var next = Cadence.Parse("daily 08:00").NextDue(Utc(11, 20, 7), Utc(11, 22, 12), Berlin);
        Assert.True(next < Utc(11, 22, 12));
    }

    [Fact]
    public void HourlyAndImmediate()
    {
        Assert.Equal(Utc(11, 22, 10), Cadence.Hourly.NextDue(Utc(11, 22, 9, 1), Utc(11, 22, 9, 30), Berlin));
        Assert.Equal(Utc(11, 22, 9, 30), Cadence.Hourly.NextDue(null, Utc(11, 22, 9, 30), Berlin));
        Assert.Equal(Utc(11, 22, 9, 30), Cadence.Immediate.NextDue(Utc(11, 22, 9, 29), Utc(11, 22, 9, 30), Berlin));
    }
}
