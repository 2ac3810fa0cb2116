using Alerts.Cli.Packaging;

namespace Alerts.Tests.Infra;

/// <summary>The cold-start bench reads the handler's own start-up timeline from its ready line.</summary>
public sealed class ColdStartTimelineTests
{
    [Fact]
    public void The_timeline_is_the_ready_line_after_start_up()
    {
        var output = "23:05:34 info: Alerts.Functions.StorageInitializer[4001] something else\n"
            + "23:05:34 info: Alerts.Functions[4010] Handler ready: 13 functions (ScheduleFeeds, Health); start-up: host built 41 ms, listening 66 ms; 1 GCs, 7.4 MiB allocated\n";
        Assert.Equal("host built 41 ms, listening 66 ms; 1 GCs, 7.4 MiB allocated", ColdStartSample.TimelineIn(output));
    }

    [Fact]
    public void A_handler_without_the_line_has_no_timeline_and_the_median_sample_names_its_own()
    {
        Assert.Null(ColdStartSample.TimelineIn("Alerts handler cannot start. 'Smtp:Host' is not set.\n"));
        var report = new ColdStartReport("Aot",
        [
            new(TimeSpan.FromMilliseconds(100), System.Net.HttpStatusCode.OK, "fast"),
            new(TimeSpan.FromMilliseconds(140), System.Net.HttpStatusCode.OK, "median"),
            new(TimeSpan.FromMilliseconds(400), System.Net.HttpStatusCode.OK, "slow"),
        ]);
        Assert.Equal("median", report.MedianTimeline);
    }
}
