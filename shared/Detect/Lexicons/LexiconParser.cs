namespace Alerts.Detect.Lexicons;

/// <summary>
/// Reads the lexicon text format: one line per cue set, "Cue,Cue: pattern | pattern | ...".
/// A pattern is a word ("freed"), a stem ("освобожд*"), an infix ("*sanktion*") or a phrase of those
/// ("walk* free"). Lines starting with # are comments. Bad lines fail loudly at start-up, never silently.
/// </summary>
public static class LexiconParser
{
    public static IEnumerable<LexiconEntry> Parse(string text, LanguageMask languages)
    {
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new FormatException($"lexicon line {lineNumber}: expected 'Cue: pattern | ...'");
            var cues = Cue.None;
            foreach (var name in line[..colon].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Enum.TryParse<Cue>(name, out var cue)) throw new FormatException($"lexicon line {lineNumber}: unknown cue '{name}'");
                cues |= cue;
            }
            foreach (var pattern in line[(colon + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(WordPattern.Parse).ToArray();
                if (words.Length == 0 || words.Any(w => w.Text.Length == 0))
                    throw new FormatException($"lexicon line {lineNumber}: empty pattern");
                if (words.Length > 1 && words.Any(w => w.Kind == MatchKind.Infix))
                    throw new FormatException($"lexicon line {lineNumber}: infix patterns cannot be part of a phrase");
                yield return new LexiconEntry(words, cues, languages);
            }
        }
    }
}
