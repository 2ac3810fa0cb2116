using Alerts.Cli.Poison;

namespace Alerts.Tests.Poison;

public class PoisonFormatTests
{
    private static PoisonMessage Message(string id, string body) =>
        new(id, new DateTimeOffset(2026, 11, 22, 17, 50, 1, TimeSpan.Zero), 5, BinaryData.FromString(body));

    [Fact]
    public void The_listing_has_one_aligned_line_per_message_with_a_one_line_preview()
    {
        var long_ = "{\"key\":\"" + new string('x', 200) + "\"}";
        var table = PoisonFormat.Table([Message("short-id", "line one\nline two"), Message("a-much-longer-message-id", long_)]);
        var lines = table.TrimEnd().Split('\n');

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("ID", lines[0]);
        Assert.Contains("2026-11-22 17:50:01", lines[1]);
        Assert.EndsWith("line one line two", lines[1]);
        Assert.Equal(lines[1].IndexOf("2026", StringComparison.Ordinal), lines[2].IndexOf("2026", StringComparison.Ordinal));
        Assert.EndsWith("…", lines[2]);
        Assert.Equal(PoisonFormat.PreviewChars + 1, lines[2][lines[2].IndexOf("{\"key", StringComparison.Ordinal)..].Length);
    }

    [Fact]
    public void Show_indents_json_and_keeps_other_bodies_as_they_are()
    {
        var json = PoisonFormat.Full(Message("m1", "{\"sourceId\":\"gone-feed\",\"title\":\"Minsk — talks\"}"), "items-poison");
        Assert.Contains("dequeue count: 5", json);
        Assert.Contains("  \"sourceId\": \"gone-feed\"", json);
        Assert.Contains("Minsk — talks", json);
        Assert.EndsWith("not json {\n", PoisonFormat.Full(Message("m2", "not json {"), "items-poison"));
    }

    [Theory]
    [InlineData("items", "items")]
    [InlineData("items-poison", "items")]
    [InlineData(" Deliveries-Poison ", "deliveries")]
    public void Queue_names_are_accepted_with_or_without_the_poison_suffix(string given, string source) =>
        Assert.Equal(source, PoisonQueue.SourceOf(given));

    [Theory]
    [InlineData("")]
    [InlineData("-poison")]
    [InlineData("items queue")]
    [InlineData("items_poison")]
    public void Bad_queue_names_are_refused(string given) =>
        Assert.Throws<PoisonCommandException>(() => PoisonQueue.SourceOf(given));
}
