using Alerts.Cli.Commands;
using Alerts.Cli.Conformance;

namespace Alerts.Tests.Extract;

public class ConformanceArticlesTests
{
    [Fact]
    public void Shingle_f1_counts_shingles_as_a_multiset()
    {
        Assert.Equal(1, ShingleScore.Compare("One two three four five", "one  TWO three\nfour five").F1);
        var half = ShingleScore.Compare("a b c d e", "a b c d x y z w");
        Assert.Equal(0.5, half.Precision); // (a b c d) matches, (b c d e) does not
        Assert.Equal(0.2, half.Recall, 6); // one of five expected shingles
        Assert.Equal(0, ShingleScore.Compare("", "a b c d").F1);
        var repeated = ShingleScore.Compare("a b c d a b c d", "a b c d");
        Assert.Equal(1, repeated.Recall);
        Assert.Equal(0.2, repeated.Precision, 6); // five shingles of ours, one of them expected once
    }

    [Fact]
    public void Bylines_and_titles_compare_after_normalisation()
    {
        Assert.Equal(ArticleConformance.NormaliseByline("By  Ana Ruiz."), ArticleConformance.NormaliseByline("ana ruiz"));
        Assert.Equal(ArticleConformance.NormaliseTitle("Crew “freed” — today"), ArticleConformance.NormaliseTitle("crew \"freed\" - today"));
    }

    [Fact]
    public void Without_the_corpus_it_says_so_and_succeeds()
    {
        var output = new StringWriter();
        var missing = Path.Combine(Path.GetTempPath(), "no-shared-" + Guid.NewGuid());
        Assert.Equal(0, ConformanceArticlesCommand.Run(missing, false, output));
        Assert.Contains("no test pages", output.ToString());
    }

    [Fact]
    public void Scores_a_small_corpus_worst_page_first()
    {
        var shared = Path.Combine(Path.GetTempPath(), "conformance-" + Guid.NewGuid());
        var pages = ArticleConformance.PagesDirectory(shared);
        try
        {
            const string prose = "The council agreed to release the detained crew after a third round of talks, officials said on Friday evening.";
            WritePage(Path.Combine(pages, "good"), $"<html><head><title>Crew freed</title></head><body><article><p>{prose}</p></article></body></html>",
                $"<div><p>{prose}</p></div>", "{\"title\":\"Crew freed\",\"byline\":null}");
            WritePage(Path.Combine(pages, "bad"), $"<html><head><title>Other</title></head><body><article><p>{prose}</p></article></body></html>",
                "<p>Entirely different expected words appear in this reference text here.</p>", "{\"title\":\"Crew freed\",\"byline\":\"Ana Ruiz\"}");
            var output = new StringWriter();
            Assert.Equal(0, ConformanceArticlesCommand.Run(shared, false, output));
            var lines = output.ToString().Split('\n');
            Assert.StartsWith("bad", lines[1]);
            Assert.StartsWith("good", lines[2]);
            Assert.Contains("mean F1 0.500", output.ToString());
            Assert.Contains("title accuracy 50.0", output.ToString());
            Assert.Contains("byline accuracy 50.0", output.ToString());
        }
        finally
        {
            Directory.Delete(shared, true);
        }
    }

    private static void WritePage(string dir, string source, string expected, string metadata)
    {
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "source.html"), source);
        File.WriteAllText(Path.Combine(dir, "expected.html"), expected);
        File.WriteAllText(Path.Combine(dir, "expected-metadata.json"), metadata);
    }
}
