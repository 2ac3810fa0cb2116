using System.Net;
using System.Text;

namespace Alerts.Digest;

/// <summary>
/// Renders a digest as email: table-based HTML with inline styles at 600px (what Outlook and Gmail both
/// honour: no flexbox, no style sheet, no script) plus a plain-text part. Every string from a feed goes
/// through <see cref="WebUtility.HtmlEncode(string)"/>, links through <see cref="SafeLink"/>, and all
/// attribute values other than vetted links are constants, so feed text can never add markup or style.
/// </summary>
public sealed class EmailDigestRenderer : IEmailDigestRenderer
{
    private const string Font = "font-family:Arial,Helvetica,sans-serif;";
    private const string LinkStyle = "color:#0b5cad;text-decoration:underline;";

    public EmailContent Render(DigestDocument digest)
    {
        var subject = DigestSubject.For(digest);
        return new EmailContent(subject, Html(digest, subject), EmailDigestTextRenderer.Render(digest));
    }

    private static string Html(DigestDocument digest, string subject)
    {
        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(subject)).Append("</title></head>\n")
            .Append("<body style=\"margin:0;padding:0;background-color:#f3f4f6;\">\n")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background-color:#f3f4f6;\"><tr><td align=\"center\" style=\"padding:24px 8px;\">\n")
            .Append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:600px;max-width:600px;background-color:#ffffff;border:1px solid #dfe3e8;\">\n");

        html.Append("<tr><td style=\"padding:20px 24px;background-color:#1f2a44;").Append(Font).Append("\">")
            .Append("<div style=\"font-size:20px;font-weight:bold;color:#ffffff;\">Alerts digest</div>")
            .Append("<div style=\"font-size:13px;color:#c9d1e0;padding-top:4px;\">")
            .Append(E(DigestText.Counts(digest))).Append(" · ").Append(E(DigestText.Window(digest)))
            .Append("</div></td></tr>\n");

        foreach (var story in digest.Stories) AppendStory(html, story);
        if (digest.Stories.Count == 0)
        {
            html.Append("<tr><td style=\"padding:20px 24px;").Append(Font).Append("font-size:14px;color:#444444;\">No new stories in this period.</td></tr>\n");
        }

        AppendFooter(html, digest);
        html.Append("</table>\n</td></tr></table>\n</body></html>\n");
        return html.ToString();
    }

    private static void AppendStory(StringBuilder html, DigestStory story)
    {
        var sources = SafeLink.Sources(story);
        html.Append("<tr><td style=\"padding:16px 24px;border-top:1px solid #dfe3e8;").Append(Font).Append("\">");

        html.Append("<div style=\"padding-bottom:6px;\">");
        if (story.IsUpdate)
        {
            AppendPill(html, "Update", "#1f2a44", "#ffffff");
        }
        foreach (var badge in StageBadge.For(story))
        {
            AppendPill(html, badge.Label, badge.Background, badge.Foreground);
        }
        html.Append("</div>");

        html.Append("<div style=\"font-size:17px;font-weight:bold;line-height:23px;color:#111111;\">");
        if (sources.Count > 0)
        {
            html.Append("<a href=\"").Append(E(sources[0].Url)).Append("\" style=\"color:#111111;text-decoration:none;\">")
                .Append(E(story.Headline)).Append("</a>");
        }
        else
        {
            html.Append(E(story.Headline));
        }
        html.Append("</div>");

        var facts = DigestText.Facts(story);
        if (facts.Length > 0)
        {
            html.Append("<div style=\"font-size:13px;color:#555555;padding-top:4px;\">").Append(E(facts)).Append("</div>");
        }

        if (story.Evidence.Count > 0)
        {
            html.Append("<div style=\"font-size:13px;color:#333333;padding-top:8px;\"><span style=\"font-weight:bold;\">Why flagged:</span> ");
            html.Append(string.Join(" · ", story.Evidence.Select(e => "“" + E(DigestSubject.OneLine(e)) + "”")));
            html.Append("</div>");
        }

        if (sources.Count > 0)
        {
            html.Append("<div style=\"font-size:13px;color:#333333;padding-top:8px;\"><span style=\"font-weight:bold;\">")
                .Append(E(DigestText.Outlets(sources.Count))).Append(":</span> ");
            html.Append(string.Join(" · ", sources.Select(s =>
                $"<a href=\"{E(s.Url)}\" style=\"{LinkStyle}\">{E(DigestText.OutletName(s.Source, s.Url))}</a>")));
            html.Append("</div>");
        }
        html.Append("</td></tr>\n");
    }

    private static void AppendPill(StringBuilder html, string label, string background, string foreground) =>
        html.Append("<span style=\"display:inline-block;padding:2px 8px;margin-right:6px;font-size:11px;font-weight:bold;text-transform:uppercase;letter-spacing:0.5px;")
            .Append("background-color:").Append(background).Append(";color:").Append(foreground).Append(";\">")
            .Append(E(label)).Append("</span>");

    private static void AppendFooter(StringBuilder html, DigestDocument digest)
    {
        html.Append("<tr><td style=\"padding:16px 24px;border-top:1px solid #dfe3e8;background-color:#f8f9fb;").Append(Font)
            .Append("font-size:12px;color:#666666;\">You receive this digest because you subscribed to Alerts.");
        var links = new List<string>(2);
        if (SafeLink.Http(digest.PreferencesUrl?.AbsoluteUri) is { } preferences)
        {
            links.Add($"<a href=\"{E(preferences)}\" style=\"{LinkStyle}\">Preferences</a>");
        }
        if (SafeLink.Http(digest.UnsubscribeUrl?.AbsoluteUri) is { } unsubscribe)
        {
            links.Add($"<a href=\"{E(unsubscribe)}\" style=\"{LinkStyle}\">Unsubscribe</a>");
        }
        if (links.Count > 0) html.Append("<br>").Append(string.Join(" · ", links));
        html.Append("</td></tr>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
