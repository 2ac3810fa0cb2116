using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Alerts.Cli.Conformance;
using Alerts.Extract;

namespace Alerts.Cli.Commands;

/// <summary>./alerts conformance articles: extraction quality against the readability test pages.</summary>
public sealed class ConformanceArticlesCommand : ICliCommand
{
    public Command Build()
    {
        var shared = new Option<string?>("--shared") { Description = "Folder with the shared corpora (default ../shared beside the repo)" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var articles = new Command("articles", "Text F1 (4-word shingles), title and byline accuracy on the readability test pages");
        articles.Options.Add(shared);
        articles.Options.Add(json);
        articles.SetAction(parse => Run(parse.GetValue(shared), parse.GetValue(json), Console.Out));
        var conformance = new Command("conformance", "Conformance suites against shared corpora");
        conformance.Subcommands.Add(articles);
        return conformance;
    }

    internal static int Run(string? sharedDir, bool asJson, TextWriter output)
    {
        var shared = sharedDir ?? Path.Combine(RepoPaths.Root, "..", "shared");
        var pages = ArticleConformance.PagesDirectory(shared);
        if (!Directory.Exists(pages))
        {
            output.WriteLine($"conformance articles: no test pages at {Path.GetFullPath(pages)}; nothing to check (pass --shared DIR).");
            return 0;
        }
        var report = ArticleConformance.Run(pages, new ArticleExtractor());
        if (asJson)
        {
            output.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"{"page",-45} {"F1",6} {"prec",6} {"recall",6} title byline"));
        foreach (var r in report.Pages)
            output.WriteLine(string.Create(c, $"{r.Page,-45} {r.F1,6:F3} {r.Precision,6:F3} {r.Recall,6:F3} {(r.TitleOk ? "ok" : "MISS"),-5} {(r.BylineOk ? "ok" : "MISS")}"));
        output.WriteLine(string.Create(c,
            $"pages {report.Pages.Count}  mean F1 {report.MeanF1:F3}  title accuracy {report.TitleAccuracy:P1}  byline accuracy {report.BylineAccuracy:P1}  {report.PagesPerSecond:F0} pages/s"));
        output.WriteLine("Titles and bylines match after NFKC folding, lower-casing, whitespace collapsing and ASCII quotes/dashes; bylines also lose a leading \"by\" and trailing punctuation.");
        return 0;
    }
}
