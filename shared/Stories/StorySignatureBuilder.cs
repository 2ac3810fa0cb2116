using Alerts.Detect;
using Alerts.Detect.Countries;

namespace Alerts.Stories;

/// <summary>Turns an item and its detection into the signals the clusterer compares: names, figures, words, countries.</summary>
public sealed class StorySignatureBuilder
{
    private const int StemLength = 6;

    // Capitalised at a sentence start without being names; and frequent words that carry no event.
    private static readonly HashSet<string> StopWords = new(
        """
        the a an in on at after before as and but for from with without over under into its his her their this that these those
        what who how why when where new more most first last some about says said say will would could has have had was were is are
        been being after amid despite while during against between via per also than then there here they them it we our you not
        после перед на в во и но для от из с со по как что кто это его ее их были был была будет уже еще также при между против
        після перед на в у і й та але для від з із зі по як що хто це його її їх були був була буде вже ще також під між проти
        пасля перад на ў у і й але для ад з са па як што хто гэта яго яе іх былі быў была будзе ужо яшчэ таксама
        po przed na w we i oraz ale dla od z ze przez jak co kto to jego jej ich byli byl byla bedzie juz jeszcze takze miedzy
        der die das den dem des ein eine einen nach vor auf im in und aber fur von mit aus uber unter als wie was wer es sein ihr
        sie wird wurde werden hat haben ist sind auch noch bei zwischen gegen
        le la les un une des du de apres avant sur dans en et mais pour par avec sans comme que qui ce son sa ses leur leurs
        est sont sera ete a ont aussi encore entre contre selon
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(FoldedText.FoldWord),
        StringComparer.Ordinal);

    private readonly CountryExtractor _countries;
    private readonly IReleasedCountExtractor _counts;

    public StorySignatureBuilder(CountryExtractor countries, IReleasedCountExtractor counts)
    {
        _countries = countries;
        _counts = counts;
    }

    public StorySignatureBuilder() : this(new CountryExtractor(), new ReleasedCountExtractor()) { }

    public StorySignature Build(DetectInput item, Detection detection, string storyId, string threadId)
    {
        var text = item.Title + "\n" + (item.Summary ?? "");
        var tokens = FoldedText.Tokenize(text);
        var countryWords = _countries.CountryWordMask(tokens);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (char.IsDigit(t.Text[0]))
            {
                var digits = new string(t.Text.TakeWhile(char.IsDigit).ToArray());
                if (digits.Length is > 0 and <= 7 && !(digits.Length == 4 && digits[0] is '1' or '2' && digits[1] is '9' or '0')) numbers.Add(digits.TrimStart('0'));
                continue;
            }
            if (t.Text.Length < 3 || StopWords.Contains(t.Text)) continue;
            if (t.Capitalized && !countryWords[i] && NameKeys.Key(text.Substring(t.Start, t.Length)) is { } key) names.Add(key);
            if (t.Text.Length >= 4) terms.Add(t.Text.Length > StemLength ? t.Text[..StemLength] : t.Text);
        }
        var lang = detection.Lang is { Length: > 0 } l ? l : item.Lang ?? "";
        var countries = detection.Countries.Count > 0 ? detection.Countries : _countries.Extract(text, lang);
        var count = detection.ReleasedCount ?? (detection.Topics.Contains(Topic.PrisonerRelease) ? _counts.Extract(text, lang) : null);
        return new StorySignature
        {
            ItemId = item.Id,
            StoryId = storyId,
            ThreadId = threadId,
            Published = item.Published ?? DateTimeOffset.UtcNow,
            Lang = item.Lang ?? lang,
            Topics = detection.Topics.Order(StringComparer.Ordinal).ToList(),
            Stage = string.Join('+', new[] { detection.ReleaseStage, detection.SanctionsAction }.Where(s => s is not null)),
            Countries = Sorted(countries),
            Count = count,
            Names = Sorted(names),
            Numbers = Sorted(numbers),
            Terms = Sorted(terms),
            SimHash = SimHash(tokens),
        };
    }

    /// <summary>Ordinal order, which <see cref="StorySimilarity"/> relies on to intersect lists in one pass.</summary>
    public static IReadOnlyList<string> Sorted(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>64-bit SimHash over adjacent word pairs (FNV-1a hashes).</summary>
    internal static ulong SimHash(List<FoldedToken> tokens)
    {
        Span<int> weights = stackalloc int[64];
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var h = Fnv(tokens[i].Text, Fnv(tokens[i + 1].Text, 14695981039346656037UL));
            for (var b = 0; b < 64; b++) weights[b] += ((h >> b) & 1) == 1 ? 1 : -1;
        }
        ulong result = 0;
        for (var b = 0; b < 64; b++) if (weights[b] > 0) result |= 1UL << b;
        return result;
    }

    private static ulong Fnv(string text, ulong hash)
    {
        foreach (var ch in text) { hash ^= ch; hash *= 1099511628211UL; }
        hash ^= 0x20; hash *= 1099511628211UL;
        return hash;
    }
}
