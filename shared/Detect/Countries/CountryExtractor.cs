using Alerts.Detect.Countries;

namespace Alerts.Detect;

/// <summary>
/// Finds the countries an item is about: names, adjectives, capitals and institutions used as metonyms, and current
/// leaders, in English, Russian, Ukrainian, Belarusian, Polish, German and French. Returns ISO 3166-1 alpha-2 codes
/// (plus EU for EU institutions), most-mentioned first. Stateless after construction, so one instance serves all threads.
/// </summary>
public sealed class CountryExtractor : ICountryExtractor
{
    private static readonly Lazy<PhraseMatcher> SharedMatcher = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PhraseMatcher _matcher;

    public CountryExtractor() => _matcher = SharedMatcher.Value;

    private static PhraseMatcher Build()
    {
        var matcher = new PhraseMatcher();
        foreach (var data in new[] { CountryNamesEnglish.Data, CountryNamesRegional.Data })
        {
            foreach (var rawLine in data.Split('\n'))
            {
                var line = rawLine.Trim();
                if (line.Length == 0) continue;
                var fields = line.Split('|');
                var codes = fields[0] == "-" ? [] : fields[0].Split('+');
                for (var i = 1; i < fields.Length; i++)
                {
                    if (fields[i].Length > 0) matcher.Add(fields[i], codes);
                }
            }
        }
        return matcher;
    }

    public IReadOnlyList<string> Extract(string text, string lang)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var tokens = FoldedText.TokenizeShared(text);
        var mentions = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        foreach (var hit in Hits(tokens))
        {
            if (hit.Entry.Values.Length == 0) continue;
            if (hit.Entry.PersonAmbiguous && LooksLikePersonName(tokens, hit)) continue;
            foreach (var code in hit.Entry.Values)
            {
                mentions[code] = mentions.TryGetValue(code, out var m) ? (m.Count + 1, m.First) : (1, hit.TokenIndex);
            }
        }
        return mentions
            .OrderByDescending(m => m.Value.Count)
            .ThenBy(m => m.Value.First)
            .Select(m => m.Key)
            .ToList();
    }

    /// <summary>Which tokens name a country (so that other stages can tell place names from people's names).</summary>
    internal bool[] CountryWordMask(List<FoldedToken> tokens)
    {
        var mask = new bool[tokens.Count];
        foreach (var hit in Hits(tokens))
        {
            for (var k = 0; k < hit.TokenCount; k++) mask[hit.TokenIndex + k] = true;
        }
        return mask;
    }

    [ThreadStatic] private static List<FoldedToken>? _lastTokens;
    [ThreadStatic] private static List<PhraseHit>? _lastHits;

    /// <summary>Phrase hits, remembered for the last token list on this thread (the count extractor asks again for the same list).</summary>
    private List<PhraseHit> Hits(List<FoldedToken> tokens)
    {
        if (ReferenceEquals(tokens, _lastTokens) && _lastHits is { } cached) return cached;
        var hits = _matcher.Match(tokens);
        (_lastTokens, _lastHits) = (tokens, hits);
        return hits;
    }

    /// <summary>"Chad Smith", "Michael Jordan": a capitalised neighbour that starts no sentence makes it a person.</summary>
    private static bool LooksLikePersonName(List<FoldedToken> tokens, PhraseHit hit)
    {
        var next = hit.TokenIndex + hit.TokenCount;
        if (next < tokens.Count && tokens[next].Capitalized && !tokens[next].SentenceStart && !tokens[next].AllCaps) return true;
        var prev = hit.TokenIndex - 1;
        return prev >= 0 && tokens[prev].Capitalized && !tokens[hit.TokenIndex].SentenceStart && !tokens[prev].AllCaps;
    }
}
