using System.CommandLine;
using Alerts.Cli.Browser;
using Alerts.Cli.Render;
using Alerts.Digest;

namespace Alerts.Cli.Commands;

/// <summary>./alerts render --out DIR: the sample digest as email (HTML, text, PNG) and Teams card (JSON, PNG).</summary>
public sealed class RenderCommand : ICliCommand
{
    public Command Build()
    {
        var outOption = new Option<string>("--out") { Description = "Output directory (default: out/render)" };
        var command = new Command("render", "Render a sample digest to email.html, email.txt, teams.json and PNG screenshots.");
        command.Options.Add(outOption);
        command.SetAction(async (parseResult, ct) =>
            await RunAsync(parseResult.GetValue(outOption) ?? RepoPaths.Out("render"), ct));
        return command;
    }

    private static async Task<int> RunAsync(string outDir, CancellationToken ct)
    {
        Directory.CreateDirectory(outDir);
        var digest = SampleDigest.Build();
        var email = new EmailDigestRenderer().Render(digest);
        var payloads = new TeamsCardRenderer().Render(digest);

        var emailHtml = Path.Combine(outDir, "email.html");
        await File.WriteAllTextAsync(emailHtml, email.Html, ct);
        await File.WriteAllTextAsync(Path.Combine(outDir, "email.txt"), email.Text, ct);
        await File.WriteAllTextAsync(Path.Combine(outDir, "teams.json"), payloads[0], ct);
        for (var i = 1; i < payloads.Count; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(outDir, $"teams-part{i + 1}.json"), payloads[i], ct);
        }

        Console.WriteLine($"Subject: {email.Subject}");
        Console.WriteLine($"email.html {email.Html.Length} chars, email.txt {email.Text.Length} chars");
        Console.WriteLine($"teams: {payloads.Count} message(s), {string.Join(", ", payloads.Select(p => $"{TeamsCardRenderer.Utf8Size(p)} bytes"))} (limit {TeamsCardRenderer.DefaultMaxPayloadBytes})");

        var chromium = HeadlessChromium.TryFind();
        if (chromium == null)
        {
            Console.WriteLine($"Screenshots skipped. {HeadlessChromium.InstallHint}");
            return 0;
        }
        var script = AdaptiveCardPreview.ScriptPath(RepoPaths.Root);
        if (!File.Exists(script))
        {
            Console.WriteLine($"Teams preview skipped: {script} is missing (run npm ci).");
        }

        await chromium.ScreenshotAsync(HeadlessChromium.FileUrl(emailHtml), Path.Combine(outDir, "email.png"), 800, 1600, ct);
        Console.WriteLine($"wrote {Path.Combine(outDir, "email.png")}");
        if (!File.Exists(script)) return 0;

        var teamsHtml = Path.Combine(outDir, "teams.html");
        var check = await AdaptiveCardPreview.CheckAsync(chromium, payloads, script, teamsHtml, ct);
        await chromium.ScreenshotAsync(HeadlessChromium.FileUrl(teamsHtml), Path.Combine(outDir, "teams.png"), 800, 1600, ct);
        Console.WriteLine($"wrote {Path.Combine(outDir, "teams.png")}");
        Console.WriteLine($"Adaptive Cards renderer: {check.Cards} card(s), {check.Errors.Count} validation error(s)");
        foreach (var error in check.Errors) Console.WriteLine($"  {error}");
        return check.Errors.Count == 0 && check.Cards == payloads.Count ? 0 : 1;
    }
}
