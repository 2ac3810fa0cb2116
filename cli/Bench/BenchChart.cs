using System.Globalization;
using System.Net;
using System.Text;

namespace Alerts.Cli.Bench;

/// <summary>A horizontal bar chart, one panel per comparison, bars scaled to the fastest contender in the panel.</summary>
public static class BenchChart
{
    public sealed record Panel(string Title, string Unit, IReadOnlyList<(string Label, double Value)> Bars);

    public static IReadOnlyList<Panel> Panels(BenchResults r)
    {
        var panels = new List<Panel>();
        foreach (var f in r.Feeds) panels.Add(new Panel($"Feed parsing, {f.Corpus}", "MB/s", f.Parsers.Select(p => (p.Name, p.MegabytesPerSecond)).ToList()));
        foreach (var e in r.Extraction) panels.Add(new Panel($"Article extraction, {e.Corpus}", "pages/s", e.Extractors.Select(x => (x.Name, x.InputsPerSecond)).ToList()));
        if (r.Detection is { } d) panels.Add(new Panel("Detection, one thread", "items/s", [("title+summary", d.Short.InputsPerSecond), ("full article", d.Article.InputsPerSecond)]));
        if (r.EndToEnd.Count > 0) panels.Add(new Panel("End to end on Azurite", "items/s", r.EndToEnd.Select(e => ($"{e.Instances} runner(s)", e.ItemsPerSecond)).ToList()));
        return panels;
    }

    public static string Svg(IReadOnlyList<Panel> panels)
    {
        const int width = 720, left = 150, barHeight = 18, gap = 6, titleHeight = 28, valueSpace = 120;
        var height = panels.Sum(p => titleHeight + p.Bars.Count * (barHeight + gap) + 10) + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        var y = 10;
        foreach (var panel in panels)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"{y + 18}\" font-weight=\"bold\">{WebUtility.HtmlEncode(panel.Title)} ({panel.Unit}, longer is better)</text>\n");
            y += titleHeight;
            var max = panel.Bars.Select(b => b.Value).Where(double.IsFinite).DefaultIfEmpty(1).Max();
            foreach (var (label, value) in panel.Bars)
            {
                var length = max > 0 && double.IsFinite(value) ? (width - left - valueSpace) * value / max : 0;
                var colour = label is "ours" or "title+summary" || label.StartsWith('1') ? "#2b6cb0" : "#a0aec0";
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 8}\" y=\"{y + 13}\" text-anchor=\"end\">{WebUtility.HtmlEncode(label)}</text>");
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y}\" width=\"{length:F1}\" height=\"{barHeight}\" fill=\"{colour}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + length + 6:F1}\" y=\"{y + 13}\">{value:N1}</text>\n");
                y += barHeight + gap;
            }
            y += 10;
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }
}
