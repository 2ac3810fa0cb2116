using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alerts.Cli.Browser;

namespace Alerts.Cli.Render;

public sealed record CardCheck(int Cards, IReadOnlyList<string> Errors);

/// <summary>
/// A local page that parses Teams payloads with the Adaptive Cards JavaScript renderer (the one Teams and
/// the designer build on), renders them, and writes the parse and validation messages into the page, so a
/// screenshot shows the card and --dump-dom reads the verdict back.
/// </summary>
public static partial class AdaptiveCardPreview
{
    public static string ScriptPath(string repoRoot) => Path.Combine(repoRoot, "node_modules", "adaptivecards", "dist", "adaptivecards.min.js");

    public static string Html(IReadOnlyList<string> payloads, string scriptPath)
    {
        // Payload JSON escapes '<' already; the replacement keeps a "</script>" out even if it did not.
        var data = "[" + string.Join(",", payloads) + "]";
        data = data.Replace("</", "<\\/", StringComparison.Ordinal);
        return $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>pending</title>
            <style>
              body { font-family: "Segoe UI", Arial, sans-serif; background: #ebebeb; margin: 0; padding: 16px; }
              .card { background: #fff; max-width: 700px; margin: 0 0 16px; border: 1px solid #d1d1d1; border-radius: 6px; padding: 4px; }
              #result { font: 12px monospace; color: #444; white-space: pre-wrap; }
            </style>
            <script src="{{WebUtility.HtmlEncode(HeadlessChromium.FileUrl(scriptPath))}}"></script>
            </head><body>
            <div id="cards"></div>
            <pre id="result">not run</pre>
            <script id="payloads" type="application/json">{{data}}</script>
            <script>
            (function () {
              var out = { cards: 0, errors: [] };
              try {
                var payloads = JSON.parse(document.getElementById("payloads").textContent);
                payloads.forEach(function (payload, i) {
                  var label = "part " + (i + 1) + ": ";
                  var card = new AdaptiveCards.AdaptiveCard();
                  var context = new AdaptiveCards.SerializationContext();
                  card.parse(payload.attachments[0].content, context);
                  for (var k = 0; k < context.eventCount; k++) {
                    var e = context.getEventAt(k);
                    out.errors.push(label + "parse " + AdaptiveCards.ValidationEvent[e.event] + ": " + e.message);
                  }
                  card.validateProperties().validationEvents.forEach(function (e) {
                    out.errors.push(label + "validate " + AdaptiveCards.ValidationEvent[e.event] + ": " + e.message);
                  });
                  var wrap = document.createElement("div");
                  wrap.className = "card";
                  wrap.appendChild(card.render());
                  document.getElementById("cards").appendChild(wrap);
                  out.cards++;
                });
              } catch (ex) {
                out.errors.push("exception: " + ex);
              }
              document.getElementById("result").textContent = JSON.stringify(out);
              document.title = "cards=" + out.cards + " errors=" + out.errors.length;
            })();
            </script>
            </body></html>
            """;
    }

    /// <summary>Reads the verdict the page wrote into its DOM.</summary>
    public static CardCheck ReadResult(string dom)
    {
        var match = ResultElement().Match(dom);
        if (!match.Success) return new CardCheck(0, ["The preview page wrote no result (script did not run)."]);
        var json = WebUtility.HtmlDecode(match.Groups[1].Value);
        if (!json.StartsWith('{')) return new CardCheck(0, [$"The preview page did not finish: {json}"]);
        using var doc = JsonDocument.Parse(json);
        var errors = doc.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString() ?? "").ToList();
        return new CardCheck(doc.RootElement.GetProperty("cards").GetInt32(), errors);
    }

    /// <summary>Writes the page next to <paramref name="htmlPath"/>, runs it in Chromium and returns the verdict.</summary>
    public static async Task<CardCheck> CheckAsync(HeadlessChromium chromium, IReadOnlyList<string> payloads, string scriptPath, string htmlPath, CancellationToken cancellationToken = default)
    {
        await File.WriteAllTextAsync(htmlPath, Html(payloads, scriptPath), cancellationToken);
        return ReadResult(await chromium.DumpDomAsync(HeadlessChromium.FileUrl(htmlPath), cancellationToken: cancellationToken));
    }

    [GeneratedRegex("<pre id=\"result\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ResultElement();
}
