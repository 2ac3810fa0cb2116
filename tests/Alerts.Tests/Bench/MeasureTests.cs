using Alerts.Cli.Bench;

namespace Alerts.Tests.Bench;

public class MeasureTests
{
    private static readonly BenchSettings Fast = new(true, 3, 5, TimeSpan.Zero, TimeSpan.Zero, ".", ".");

    [Fact]
    public void Inputs_that_throw_or_fail_are_counted_as_not_parsed_and_units_sum_over_the_rest()
    {
        var inputs = new[] { 1, 2, -1, 4, 0 };
        var m = Measure.Passes("t", inputs, i => 10, i => i == 0 ? throw new FormatException() : i, Fast);
        Assert.Equal(5, m.Inputs);
        Assert.Equal(3, m.Succeeded);   // -1 reports failure, 0 throws
        Assert.Equal(7, m.Units);
        Assert.Equal(50, m.Bytes);
        Assert.True(m.MedianSeconds > 0);
    }

    [Fact]
    public void Allocations_per_pass_are_counted()
    {
        var m = Measure.Passes("t", new[] { 1 }, _ => 1, _ => new byte[100_000].Length, Fast);
        Assert.InRange(m.AllocatedPerPass, 100_000, 200_000);
    }

    [Theory]
    [InlineData(0.5, 3)]
    [InlineData(0.0, 1)]
    [InlineData(1.0, 5)]
    [InlineData(0.75, 4)]
    public void Percentiles_interpolate_between_sorted_values(double p, double expected) =>
        Assert.Equal(expected, Measure.Percentile([5, 1, 4, 2, 3], p), 6);
}
