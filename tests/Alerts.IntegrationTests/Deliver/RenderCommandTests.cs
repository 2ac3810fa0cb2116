using System.CommandLine;
using System.Text.Json;
using Alerts.Cli.Commands;

namespace Alerts.IntegrationTests.Deliver;

public sealed class RenderCommandTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("alerts-render-");

    public void Dispose() => dir.Delete(recursive: true);

    [Fact]
    public async Task WritesEveryFileAndTheCardValidates()
    {
        var root = new RootCommand();
        root.Subcommands.Add(new RenderCommand().Build());
        var exit = await root.Parse(["render", "--out", dir.FullName]).InvokeAsync();

        Assert.Equal(0, exit);
        foreach (var name in new[] { "email.html", "email.txt", "teams.json", "email.png", "teams.png" })
        {
            Assert.True(new FileInfo(Path.Combine(dir.FullName, name)).Length > 500, name);
        }
        using var card = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir.FullName, "teams.json")));
        Assert.Equal("message", card.RootElement.GetProperty("type").GetString());
        var html = await File.ReadAllTextAsync(Path.Combine(dir.FullName, "email.html"));
        Assert.DoesNotContain("<script", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}
