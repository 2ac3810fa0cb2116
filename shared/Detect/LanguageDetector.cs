namespace Alerts.Detect;

/// <summary>
/// Tells en, ru, be, uk, de, fr and pl apart. Cyrillic text is split by letters only one of the three
/// languages uses (ў is Belarusian; ї, є, ґ Ukrainian; і with ы or э Belarusian; ы, э, ъ without і Russian),
/// then by stopwords. Latin text is scored by stopwords plus letters typical of each language.
/// </summary>
public sealed class LanguageDetector : ILanguageDetector
{
    private static readonly Dictionary<string, string> Stopwords = BuildStopwords();

    public string Detect(string text)
    {
        int cyr = 0, lat = 0;
        int be = 0, uk = 0, ru = 0, i = 0;
        int de = 0, fr = 0, pl = 0;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyr++;
                switch (c)
                {
                    case 'ў': be += 3; break;
                    case 'ї' or 'є' or 'ґ': uk += 3; break;
                    case 'і': i++; break;
                    case 'ы' or 'э': ru++; be++; break;
                    case 'ъ' or 'щ': ru += 2; break;
                    case 'и': ru++; uk++; break;
                }
            }
            else if (c is >= 'a' and <= 'z') lat++;
            else
            {
                switch (c)
                {
                    case 'ä' or 'ö' or 'ü' or 'ß': de += 2; lat++; break;
                    case 'é' or 'è' or 'ê' or 'à' or 'ç' or 'ù' or 'û' or 'ô' or 'î' or 'œ' or 'â': fr += 2; lat++; break;
                    case 'ą' or 'ę' or 'ł' or 'ń' or 'ś' or 'ź' or 'ż' or 'ć' or 'ó': pl += 2; lat++; break;
                }
            }
        }
        var words = CountStopwords(text);
        if (cyr > lat)
        {
            if (i > 0) { uk += i; be += i; ru -= 2 * i; }
            uk += words.GetValueOrDefault("uk") * 2;
            be += words.GetValueOrDefault("be") * 2;
            ru += words.GetValueOrDefault("ru") * 2;
            if (be > 0 && be >= uk && be >= ru && (text.Contains('ў') || i > 0)) return "be";
            if (uk > ru && uk > 0) return "uk";
            return "ru";
        }
        var en = words.GetValueOrDefault("en") * 2;
        de += words.GetValueOrDefault("de") * 2;
        fr += words.GetValueOrDefault("fr") * 2;
        pl += words.GetValueOrDefault("pl") * 2;
        var best = ("en", en);
        foreach (var candidate in new[] { ("de", de), ("fr", fr), ("pl", pl) })
        {
            if (candidate.Item2 > best.Item2) best = candidate;
        }
        return best.Item1;
    }

    private static Dictionary<string, int> CountStopwords(string text)
    {
        var counts = new Dictionary<string, int>(7);
        var start = -1;
        for (var k = 0; k <= text.Length; k++)
        {
            var letter = k < text.Length && (char.IsLetter(text[k]) || (text[k] is '\'' or '’' && start >= 0));
            if (letter) { if (start < 0) start = k; continue; }
            if (start < 0) continue;
            var word = text[start..k].ToLowerInvariant().Replace('’', '\'');
            start = -1;
            if (Stopwords.TryGetValue(word, out var lang)) counts[lang] = counts.GetValueOrDefault(lang) + 1;
        }
        return counts;
    }

    private static Dictionary<string, string> BuildStopwords()
    {
        // Only words that are frequent in one language and rare as words in the others.
        var lists = new Dictionary<string, string>
        {
            ["en"] = "the and of to is was for on with that as by after from its said has his her at are were have be will this which their who",
            ["de"] = "der die das und den von mit ist im des dem nach auf für sich ein eine nicht wird auch zum zur bei wurde sind über gegen",
            ["fr"] = "le la les des du et un une est pour dans au aux que qui sur par après son sa ses il elle ont été avec ce cette",
            ["pl"] = "i w z na się do że nie jest o po od za oraz dla przez jak ze we to są już został została ich jego",
            ["ru"] = "и в на не что с по из за от для как это его ее был была были после также который которые при",
            ["uk"] = "і в на не що з по із за від для як це його її був була були після також який які під та до",
            ["be"] = "і ў на не што з па з за ад для як гэта яго яе быў была былі пасля таксама які якія пры да",
        };
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (lang, words) in lists)
        {
            foreach (var w in words.Split(' ')) map.TryAdd(w, lang);
        }
        return map;
    }
}
