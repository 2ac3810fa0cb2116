using System.Net;
using Alerts.Cli;
using Alerts.Cli.Browser;
using HtmlAgilityPack;

namespace Alerts.IntegrationTests.Subscriptions;

/// <summary>The status page after a pipeline cycle, read as HTML and rendered in headless Chromium.</summary>
public sealed class StatusPageChromiumTests(StackClassFixture fixture) : IClassFixture<StackClassFixture>
{
    [Fact]
    public async Task After_a_cycle_the_status_page_shows_every_feed_with_the_missing_one_failing_and_renders_in_chromium()
    {
        await fixture.Stack.Runner.RunCycleAsync();
        var url = new Uri(fixture.Http.BaseAddress!, "api/status?code=" + Uri.EscapeDataString(fixture.Stack.Settings["FunctionKey"]));

        var response = await fixture.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        var doc = new HtmlDocument();
        doc.LoadHtml(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(doc.DocumentNode.Descendants(), n => n.Name == "script");
        var rows = doc.DocumentNode.SelectNodes("//tr")!.ToList();
        var gone = rows.Single(r => r.SelectSingleNode("td")?.InnerText == "gone-feed");
        Assert.Equal("fail", gone.GetAttributeValue("class", ""));
        Assert.Contains("HTTP 404", gone.InnerText);
        var northwind = rows.Single(r => r.SelectSingleNode("td")?.InnerText == "northwind-world");
        Assert.NotEqual("fail", northwind.GetAttributeValue("class", ""));
        Assert.True(int.Parse(northwind.SelectNodes("td")!.Last().InnerText) >= 5, "northwind-world brought in items in the last 24 h");
        Assert.NotNull(doc.DocumentNode.SelectSingleNode("//h2[starts-with(., 'Recent stories')]/following-sibling::table[1]"));

        var chromium = HeadlessChromium.TryFind() ?? throw new InvalidOperationException(HeadlessChromium.InstallHint);
        var png = Path.Combine(RepoPaths.Root, "out", "status", "status.png");
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);
        await chromium.ScreenshotAsync(url.AbsoluteUri, png, width: 1280, height: 1800);
        Assert.True(new FileInfo(png).Length > 10_000, "the screenshot has content");
        var dom = await chromium.DumpDomAsync(url.AbsoluteUri);
        Assert.Contains("gone-feed", dom);
    }
}
