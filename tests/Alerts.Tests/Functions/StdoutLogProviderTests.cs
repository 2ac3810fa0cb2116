using System.Text.RegularExpressions;
using Alerts.Functions;
using Microsoft.Extensions.Logging;

namespace Alerts.Tests.Functions;

/// <summary>The handler's log lines on standard output: one line per entry, in the format docs/ops.md shows.</summary>
public sealed class StdoutLogProviderTests
{
    private static (ILoggerFactory Factory, StringWriter Output) Factory()
    {
        var output = new StringWriter();
        var factory = LoggerFactory.Create(b => b.AddProvider(new StdoutLogProvider(output)).AddFilter("Noisy", LogLevel.Warning).SetMinimumLevel(LogLevel.Information));
        return (factory, output);
    }

    [Fact]
    public void An_entry_is_one_line_with_time_level_category_event_and_message()
    {
        var (factory, output) = Factory();
        factory.CreateLogger("Alerts.Pipeline.FetchFeedService").LogInformation(new EventId(1010), "FetchFeed feed={Feed} status={Status}", "northwind", 200);
        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(new Regex(@"^\d\d:\d\d:\d\d info: Alerts\.Pipeline\.FetchFeedService\[1010\] FetchFeed feed=northwind status=200\r?$"), line);
    }

    [Fact]
    public void An_exception_and_a_multi_line_message_stay_on_the_entry_s_line()
    {
        var (factory, output) = Factory();
        Exception error;
        try
        {
            throw new InvalidOperationException("storage said no\nsecond line");
        }
        catch (InvalidOperationException ex)
        {
            error = ex;
        }
        factory.CreateLogger("Alerts.Functions.Function.Deliver").LogError(new EventId(4003), error, "Deliver failed:\n{Reason}", "timeout");
        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(new Regex(@"^\d\d:\d\d:\d\d fail: "), line);
        Assert.Contains(" fail: Alerts.Functions.Function.Deliver[4003] Deliver failed: timeout System.InvalidOperationException: storage said no second line", line);
        Assert.Contains(nameof(An_exception_and_a_multi_line_message_stay_on_the_entry_s_line), line); // the stack trace, on the same line
    }

    [Fact]
    public void Filters_apply_and_every_level_has_its_short_name()
    {
        var (factory, output) = Factory();
        factory.CreateLogger("Noisy.Library").LogInformation("hidden");
        factory.CreateLogger("Noisy.Library").LogWarning("shown");
        var logger = factory.CreateLogger("Alerts.Test");
        logger.LogDebug("below the minimum");
        logger.LogCritical("critical");
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(" warn: Noisy.Library[0] shown", lines[0]);
        Assert.Contains(" crit: Alerts.Test[0] critical", lines[1]);
    }
}
