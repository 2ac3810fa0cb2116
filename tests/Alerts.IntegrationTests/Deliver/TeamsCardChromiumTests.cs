using System.Text;
using Alerts.Cli;
using Alerts.Cli.Browser;
using Alerts.Cli.Render;
using Alerts.Digest;

namespace Alerts.IntegrationTests.Deliver;

/// <summary>Cards parsed and rendered by the Adaptive Cards JavaScript renderer in headless Chromium.</summary>
public sealed class TeamsCardChromiumTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("alerts-cards-");

    public void Dispose() => dir.Delete(recursive: true);

    private static HeadlessChromium Chromium() => HeadlessChromium.TryFind() ?? throw new InvalidOperationException(HeadlessChromium.InstallHint);

    [Fact]
    public async Task SampleDigestCardHasNoValidationErrors()
    {
        var payloads = new TeamsCardRenderer().Render(SampleDigest.Build());
        Assert.All(payloads, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= TeamsCardRenderer.DefaultMaxPayloadBytes));

        var check = await AdaptiveCardPreview.CheckAsync(Chromium(), payloads, AdaptiveCardPreview.ScriptPath(RepoPaths.Root), Path.Combine(dir.FullName, "card.html"));
        Assert.Empty(check.Errors);
        Assert.Equal(payloads.Count, check.Cards);
    }

    [Fact]
    public async Task EveryPartOfASplitDigestIsValid()
    {
        var sample = SampleDigest.Build();
        var many = Enumerable.Range(0, 15).SelectMany(i => sample.Stories.Select(s => s with { StoryId = $"{s.StoryId}-{i}", Headline = $"{s.Headline} ({i})" })).ToList();
        var payloads = new TeamsCardRenderer(maxPayloadBytes: 12_000).Render(sample with { Stories = many });
        Assert.True(payloads.Count > 1);
        Assert.All(payloads, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= 12_000));

        var check = await AdaptiveCardPreview.CheckAsync(Chromium(), payloads, AdaptiveCardPreview.ScriptPath(RepoPaths.Root), Path.Combine(dir.FullName, "parts.html"));
        Assert.Empty(check.Errors);
        Assert.Equal(payloads.Count, check.Cards);
    }

    [Fact]
    public async Task BrokenCardsAreReported()
    {
        // The check must be able to fail: an unknown element type and a wrong version are reported.
        const string broken = "{\"type\":\"message\",\"attachments\":[{\"contentType\":\"application/vnd.microsoft.card.adaptive\",\"content\":{\"type\":\"AdaptiveCard\",\"version\":\"9.9\",\"body\":[{\"type\":\"NoSuchElement\"}]}}]}";
        var check = await AdaptiveCardPreview.CheckAsync(Chromium(), [broken], AdaptiveCardPreview.ScriptPath(RepoPaths.Root), Path.Combine(dir.FullName, "broken.html"));
        Assert.NotEmpty(check.Errors);
    }

    [Fact]
    public async Task EmailScreenshotIsWritten()
    {
        var html = Path.Combine(dir.FullName, "email.html");
        await File.WriteAllTextAsync(html, new EmailDigestRenderer().Render(SampleDigest.Build()).Html);
        var png = Path.Combine(dir.FullName, "email.png");
        await Chromium().ScreenshotAsync(HeadlessChromium.FileUrl(html), png, 800, 1200);
        var bytes = await File.ReadAllBytesAsync(png);
        Assert.True(bytes.Length > 5000);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }
}
