using System.Globalization;
using System.Net;
using System.Text;
using Alerts.Storage;

namespace Alerts.Pipeline;

/// <summary>
/// The status page for people: one self-contained HTML document with inline CSS and no scripts, so it can be
/// served with a strict content security policy. Every value from storage or the catalogue is HTML-escaped:
/// feed names and fetch errors come from outside.
/// </summary>
public static class StatusPage
{
    private const string Style =
        "body{font-family:Arial,Helvetica,sans-serif;margin:24px;color:#222;font-size:14px}" +
        "h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}" +
        "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eee;vertical-align:top}" +
        "th{background:#f4f4f4;font-weight:600}.muted{color:#777}.num{text-align:right}" +
        ".pill{display:inline-block;padding:2px 10px;border-radius:10px;font-weight:600;color:#fff}" +
        ".ok{background:#2e7d32}.degraded{background:#ef6c00}.unhealthy{background:#c62828}" +
        "tr.fail td{background:#fdecea}tr.warn td{background:#fff8e1}.err{color:#b71c1c;word-break:break-word}";

    public static string Render(StatusReport report)
    {
        var h = report.Health;
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex\"><title>Alerts status</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>Alerts status <span class=\"pill ").Append(E(PillClass(h.Status))).Append("\">").Append(E(h.Status)).Append("</span></h1>")
            .Append("<p class=\"muted\">Generated ").Append(E(Time(report.GeneratedAt))).Append(" UTC</p>");
        if (h.Reasons.Count > 0) html.Append("<ul>").AppendJoin("", h.Reasons.Select(r => $"<li>{E(r)}</li>")).Append("</ul>");
        if (report.Problems.Count > 0) html.Append("<ul class=\"err\">").AppendJoin("", report.Problems.Select(p => $"<li>{E(p)}</li>")).Append("</ul>");

        Queues(html, h);
        Feeds(html, report.Feeds);
        Stories(html, report.Stories);
        Deliveries(html, report.Deliveries);
        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Queues(StringBuilder html, HealthReport h)
    {
        html.Append("<h2>Queues</h2>");
        if (h.Queues.Count == 0) { html.Append("<p class=\"muted\">No queue figures.</p>"); return; }
        html.Append("<table><tr><th>Queue</th><th class=\"num\">Waiting</th><th>Poison queue</th><th class=\"num\">Poison messages</th></tr>");
        foreach (var q in h.Queues)
        {
            html.Append(q.Poison > 0 ? "<tr class=\"fail\">" : "<tr>")
                .Append(Cell(q.Queue)).Append(Num(q.Messages)).Append(Cell(QueueNames.Poison(q.Queue))).Append(Num(q.Poison)).Append("</tr>");
        }
        html.Append("</table>");
        if (h.Queues.Any(q => q.Poison > 0)) html.Append("<p>Poison messages: see <code>./alerts poison list QUEUE</code> and the runbook in docs/ops.md.</p>");
    }

    private static void Feeds(StringBuilder html, IReadOnlyList<FeedStatus> feeds)
    {
        var failing = feeds.Count(f => f.Failing);
        html.Append("<h2>Feeds (").Append(feeds.Count).Append(", ").Append(failing).Append(" failing)</h2>");
        html.Append("<table><tr><th>Id</th><th>Name</th><th>Last success</th><th>Last error</th><th class=\"num\">Failures in a row</th>")
            .Append("<th>Next due</th><th>Ill-formed</th><th class=\"num\">New items, 24 h</th></tr>");
        foreach (var f in feeds)
        {
            var row = f.Failing ? "<tr class=\"fail\">" : f.IllFormed || !f.Enabled ? "<tr class=\"warn\">" : "<tr>";
            // Fetch errors often name their status already ("HTTP 404 Not Found"); add it only when they do not.
            var status = f.LastStatus is { } st && f.LastError?.Contains(st.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) == false ? $"HTTP {st}: " : "";
            var error = f.LastError is null ? "" : status + f.LastError;
            html.Append(row).Append(Cell(f.Id)).Append(Cell(f.Enabled ? f.Name : f.Name + " (disabled)"))
                .Append(Cell(f.LastSuccess is { } s ? Time(s) : f.LastAttempt is null ? "never fetched" : "never"))
                .Append("<td class=\"err\">").Append(E(error)).Append("</td>")
                .Append(Num(f.ConsecutiveFailures)).Append(Cell(f.NextDue is { } d ? Time(d) : "")).Append(Cell(f.IllFormed ? "yes" : ""))
                .Append(Num(f.NewItems24h)).Append("</tr>");
        }
        html.Append("</table>");
    }

    private static void Stories(StringBuilder html, IReadOnlyList<StoredStory> stories)
    {
        html.Append("<h2>Recent stories</h2>");
        if (stories.Count == 0) { html.Append("<p class=\"muted\">No stories yet.</p>"); return; }
        html.Append("<table><tr><th>Last change</th><th>Headline</th><th>Topics</th><th>Stage</th><th>Countries</th><th class=\"num\">Sources</th><th class=\"num\">Version</th></tr>");
        foreach (var s in stories)
        {
            var stage = string.Join(", ", new[] { s.ReleaseStage, s.SanctionsAction }.Where(x => !string.IsNullOrEmpty(x)));
            html.Append("<tr>").Append(Cell(Time(s.LastChanged))).Append(Cell(s.Headline)).Append(Cell(string.Join(", ", s.Topics)))
                .Append(Cell(stage)).Append(Cell(string.Join(", ", s.Countries))).Append(Num(s.SourceCount)).Append(Num(s.Version)).Append("</tr>");
        }
        html.Append("</table>");
    }

    private static void Deliveries(StringBuilder html, IReadOnlyList<DeliveryStatus> deliveries)
    {
        var sent = deliveries.Count(d => d.State == LedgerState.Sent);
        var failed = deliveries.Count(d => d.State == LedgerState.Failed);
        var sending = deliveries.Count(d => d.State == LedgerState.Sending);
        html.Append("<h2>Deliveries, last 24 h</h2><p>").Append(sent).Append(" sent, ").Append(failed).Append(" failed, ")
            .Append(sending).Append(" in progress or retrying.</p>");
        if (deliveries.Count == 0) return;
        html.Append("<table><tr><th>Updated</th><th>State</th><th>Delivery</th><th>Detail</th></tr>");
        foreach (var d in deliveries.OrderBy(d => d.State == LedgerState.Sent).ThenByDescending(d => d.UpdatedAt))
        {
            html.Append(d.State == LedgerState.Failed ? "<tr class=\"fail\">" : d.State == LedgerState.Sending ? "<tr class=\"warn\">" : "<tr>")
                .Append(Cell(Time(d.UpdatedAt))).Append(Cell(d.State.ToString().ToLowerInvariant())).Append(Cell(d.Key))
                .Append(Cell(d.Detail ?? "")).Append("</tr>");
        }
        html.Append("</table>");
    }

    private static string PillClass(string status) => status is "ok" or "degraded" ? status : "unhealthy";

    private static string Cell(string value) => $"<td>{E(value)}</td>";

    private static string Num(long value) => $"<td class=\"num\">{value.ToString(CultureInfo.InvariantCulture)}</td>";

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string E(string? value) => WebUtility.HtmlEncode(value ?? "");
}
