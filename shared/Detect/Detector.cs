using Alerts.Detect.Lexicons;
using Alerts.Detect.Rules;
using Alerts.Detect.Text;

namespace Alerts.Detect;

/// <summary>
/// Flags prisoner-release and sanctions news in seven languages. Lexicons are compiled once into a trie;
/// each item is tokenised and tagged once, then both topics' rules read the tags. Holds no per-item
/// state, so one instance serves all threads.
/// </summary>
public sealed partial class Detector : IDetector
{
    private static readonly Lazy<CueTrie> SharedTrie = new(() => new CueTrie(LexiconCatalog.All()));

    private readonly ICountryExtractor _countries;
    private readonly IReleasedCountExtractor _counts;
    private readonly ILanguageDetector _languages;
    private readonly CueTrie _trie;

    public Detector(ICountryExtractor countries, IReleasedCountExtractor counts, ILanguageDetector? languages = null)
    {
        _countries = countries;
        _counts = counts;
        _languages = languages ?? new LanguageDetector();
        _trie = SharedTrie.Value;
    }

    public Detection Detect(DetectInput item)
    {
        var title = item.Title ?? "";
        var summary = item.Summary ?? "";
        var text = summary.Length == 0 ? title : title + "\n" + summary;
        var lang = string.IsNullOrWhiteSpace(item.Lang) ? _languages.Detect(text) : item.Lang.Trim().ToLowerInvariant();
        var analysed = new ItemText(text, title.Length, lang, _trie);

        var release = ReleaseRules.Evaluate(analysed);
        var sanctions = SanctionsRules.Evaluate(analysed);
        var topics = new List<string>(2);
        if (release.Label != null) topics.Add(Topic.PrisonerRelease);
        if (sanctions.Label != null) topics.Add(Topic.Sanctions);
        if (topics.Count == 0)
        {
            return new Detection { Lang = lang, Confidence = Confidence(Math.Max(release.Score, sanctions.Score), negative: true) };
        }

        var evidence = release.Sentences.Concat(sanctions.Sentences).Distinct().Order()
            .Select(analysed.SentenceText).Where(s => s.Length > 0).Select(Shorten).Take(3).ToList();
        var top = Math.Min(release.Label != null ? release.Score : double.MaxValue, sanctions.Label != null ? sanctions.Score : double.MaxValue);
        return new Detection
        {
            Topics = topics,
            ReleaseStage = release.Label,
            SanctionsAction = sanctions.Label,
            Countries = _countries.Extract(text, lang),
            ReleasedCount = release.Label != null ? _counts.Extract(text, lang) : null,
            Evidence = evidence,
            Confidence = Confidence(top, negative: false),
            Lang = lang,
        };
    }

    /// <summary>Each tagged word with its cues, sentence by sentence: for tuning lexicons and explaining a call.</summary>
    public string Explain(DetectInput item)
    {
        var title = item.Title ?? "";
        var text = string.IsNullOrEmpty(item.Summary) ? title : title + "\n" + item.Summary;
        var lang = string.IsNullOrWhiteSpace(item.Lang) ? _languages.Detect(text) : item.Lang.Trim().ToLowerInvariant();
        var analysed = new ItemText(text, title.Length, lang, _trie);
        var sb = new System.Text.StringBuilder();
        foreach (var t in analysed.Tokens)
        {
            if (t.Cues != Cue.None) sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"[{t.Sentence}] {t.Lower}: {t.Cues}\n");
        }
        var release = ReleaseRules.Evaluate(analysed);
        var sanctions = SanctionsRules.Evaluate(analysed);
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"release {release.Score:F2} {release.Label}; sanctions {sanctions.Score:F2} {sanctions.Label}\n");
        return sb.ToString();
    }

    /// <summary>Distance from the threshold, squashed to 0..1: near the line is unsure either way.</summary>
    private static double Confidence(double score, bool negative)
    {
        var margin = score - ReleaseRules.Threshold;
        var p = 1 / (1 + Math.Exp(-1.5 * (margin + 0.5)));
        return Math.Round(negative ? 1 - p : p, 3);
    }

    private static string Shorten(string sentence) => sentence.Length <= 240 ? sentence : sentence[..237].TrimEnd() + "...";
}
