using System.Text.Json;
using Alerts.Cli.Commands;

namespace Alerts.Tests.Feeds;

public sealed class ConformanceFeedsCommandTests : IDisposable
{
    private readonly string _shared = Path.Combine(Path.GetTempPath(), "feeds-shared-" + Guid.NewGuid());

    public void Dispose()
    {
        if (Directory.Exists(_shared)) Directory.Delete(_shared, recursive: true);
    }

    [Fact]
    public void Without_corpora_prints_a_message_and_exits_zero()
    {
        var output = new StringWriter();

        var exit = ConformanceFeedsCommand.Run(_shared, asJson: false, listMismatches: false, output);

        Assert.Equal(0, exit);
        Assert.Contains("no feed corpora", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_gofeed_cases_and_sweeps_feedvalidator_files()
    {
        var rss = Path.Combine(_shared, "corpora", "feeds", "gofeed", "testdata", "translator", "rss");
        var validator = Path.Combine(_shared, "corpora", "feeds", "feedvalidator", "testcases", "rss");
        Directory.CreateDirectory(rss);
        Directory.CreateDirectory(validator);
        File.WriteAllText(Path.Combine(rss, "item_title.xml"),
            "<rss version=\"2.0\"><channel><item><title>Freed</title><link>http://a.example/1</link></item></channel></rss>");
        File.WriteAllText(Path.Combine(rss, "item_title.json"),
            "{\"feedType\":\"rss\",\"feedVersion\":\"2.0\",\"items\":[{\"title\":\"Freed\",\"link\":\"http://a.example/2\"}]}");
        File.WriteAllText(Path.Combine(validator, "good.xml"), "<rss version=\"2.0\"><channel><title>x</title></channel></rss>");
        File.WriteAllText(Path.Combine(validator, "html.xml"), "<html><body>no</body></html>");
        var output = new StringWriter();

        var exit = ConformanceFeedsCommand.Run(_shared, asJson: true, listMismatches: true, output);

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("MISMATCH translator/rss/item_title item.link", text, StringComparison.Ordinal);
        var summary = JsonDocument.Parse(text.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]).RootElement;
        var overall = summary.GetProperty("gofeed").GetProperty("overall");
        Assert.Equal(4, overall.GetProperty("Fields").GetInt32()); // format, item count, title, link
        Assert.Equal(3, overall.GetProperty("Passed").GetInt32());
        var sweep = summary.GetProperty("feedvalidator");
        Assert.Equal(2, sweep.GetProperty("Files").GetInt32());
        Assert.Equal(1, sweep.GetProperty("Parsed").GetInt32());
        Assert.Equal(1, sweep.GetProperty("Refused").GetInt32());
        Assert.Equal(0, sweep.GetProperty("crashed").GetInt32());
    }
}
