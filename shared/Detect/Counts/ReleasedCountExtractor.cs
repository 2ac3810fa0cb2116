using Alerts.Detect.Countries;
using Alerts.Detect.Counts;

namespace Alerts.Detect;

/// <summary>
/// The number of people released or sought for release, as the item states it. A number counts only when it is tied
/// to released people: followed by a person noun ("52 человека", "135 political prisoners") or next to a release verb
/// ("pardons 1,584", "215 freed"), in a sentence about a release; years, money, ships and people still held are not
/// counts. Both sides of a stated exchange are added ("each released five" → 10). Without a number, a named swap is 2
/// and a single named release is 1; "dozens" or "political prisoners" without a figure give null.
/// </summary>
public sealed partial class ReleasedCountExtractor : IReleasedCountExtractor
{
    private const int AttachWindow = 3;
    private const int VerbWindow = 5;

    private static readonly CountryExtractor Countries = new();

    public ReleasedCountExtractor() => _ = CountVocabulary.Matcher;

    public int? Extract(string text, string lang)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var tokens = FoldedText.TokenizeShared(text);
        var cues = CountVocabulary.Tag(tokens);
        var sentences = SentenceIndex(text, tokens);
        var titleEnd = TitleEnd(text, tokens);
        var candidates = new List<Candidate>();
        var allNumbers = NumberReader.Read(text, tokens);
        foreach (var number in allNumbers)
        {
            var candidate = Score(text, number, tokens, cues, sentences, titleEnd);
            if (candidate is not null) candidates.Add(candidate.Value);
        }
        if (candidates.Count == 0) return Fallback(text, tokens, cues, titleEnd);

        // A stated figure beats a vague one ("ten US citizens and several political prisoners freed").
        var primary = candidates
            .OrderByDescending(c => c.Number.Value is not null && c.Strength >= 3)
            .ThenByDescending(c => c.Strength)
            .ThenBy(c => c.InTitle ? 0 : 1)
            .ThenBy(c => c.Number.Start)
            .First();
        // "one of hundreds released" in the summary of a title about one dissident: the title's person is the count.
        if (primary.Number.Value is null && !primary.InTitle) return Fallback(text, tokens, cues, titleEnd);
        if (primary.Number.Value is not int count) return null;
        // "Freed: Gonen, Damari and Steinbrecher" beats "Hamas is to release 33" stated later for a future phase.
        if (primary.Future && !primary.InTitle && NamedInTitle(text, tokens, cues, titleEnd) is int named) return named;

        // "«1000 на 1000» завершено: ещё 303": a formula in the title names the whole exchange, not one stage of it.
        var formula = candidates.FirstOrDefault(c => c.InTitle && NForN(c.Number, allNumbers, cues));
        if (formula.Number.Value is int whole) return whole * 2;
        var bothSides = EachSide(primary, tokens, cues) || NForN(primary.Number, allNumbers, cues) || SameNumberOnOtherSide(primary, cues, sentences);
        count = bothSides ? count * 2 : count + CoordinatedGroup(primary, candidates, cues);
        count += OtherSide(text, primary, candidates, cues, sentences, bothSides);
        count += Companions(primary, tokens, cues, sentences, titleEnd);
        count += SwapPartner(primary, tokens, cues, sentences, allNumbers);
        return count;
    }

    private readonly record struct Candidate(NumberMention Number, int Strength, bool InTitle, bool Future, bool OwnVerbBefore, int PersonEnd)
    {
        /// <summary>Where the counted group ends: after its person noun, or after the number.</summary>
        public int GroupEnd => PersonEnd > 0 ? PersonEnd : Number.End;
    }

    private static Candidate? Score(string text, NumberMention number, List<FoldedToken> tokens, CountCue[] cues, int[] sentences, int titleEnd)
    {
        var s = number.Start;
        var e = number.End;
        if (IsMoney(text, tokens[s])) return null;
        if (e < tokens.Count && Has(cues[e], CountCue.Unit) && !Has(cues[e], CountCue.Person)) return null;
        if (s > 0 && Has(cues[s - 1], CountCue.Unit) && !Has(cues[s - 1], CountCue.Release)) return null;
        if (number.Value is >= 1900 and <= 2100 && tokens[s].Text.Length == 4 && e == s + 1) return null;
        if (AnyBefore(cues, s, sentences, AttachWindow, CountCue.Held)) return null;

        var personEnd = -1;
        for (var k = e; k < Math.Min(tokens.Count, e + AttachWindow) && sentences[k] == sentences[s]; k++)
        {
            if (Has(cues[k], CountCue.Person))
            {
                // "three women hostages": the group runs to the last person noun.
                personEnd = k + 1;
                while (personEnd < tokens.Count && Has(cues[personEnd], CountCue.Person) && sentences[personEnd] == sentences[s]) personEnd++;
                break;
            }
            if (Has(cues[k], CountCue.Unit) || Has(cues[k], CountCue.Release) || NumberWords.TryGet(tokens[k].Text, out _, out _) || tokens[k].IsNumber) break;
        }
        // "600 people signed the appeal": people who did something, not people released.
        if (personEnd > 0 && personEnd < tokens.Count && Has(cues[personEnd], CountCue.Acting)) return null;
        var verbBefore = AnyBefore(cues, s, sentences, VerbWindow, CountCue.Release);
        var after = personEnd > 0 ? personEnd : e;
        var verbAfter = (after < tokens.Count && Has(cues[after], CountCue.Release)) ||
                        (after + 1 < tokens.Count && sentences[after + 1] == sentences[s] && Has(cues[after + 1], CountCue.Release));
        var releaseInSentence = false;
        var futureInSentence = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (sentences[k] != sentences[s]) continue;
            releaseInSentence |= Has(cues[k], CountCue.Release);
            futureInSentence |= Has(cues[k], CountCue.Future);
        }
        var person = personEnd > 0;
        // "un échange avec une Iranienne", "ein Tausch": an article, not a count, unless a person noun follows.
        if (!person && number.Value == 1 && !tokens[s].IsNumber) return null;
        var verb = verbBefore || verbAfter;
        int strength;
        if (person && verb) strength = 4;
        else if (person && releaseInSentence) strength = 3;
        else if (verb) strength = 2;
        else if (person && !futureInSentence) strength = 1;
        else return null;
        return new Candidate(number, strength, s < titleEnd, AnyBefore(cues, s, sentences, VerbWindow + 1, CountCue.Future), verbBefore, personEnd);
    }

    private static bool IsMoney(string text, FoldedToken first)
    {
        var k = first.Start - 1;
        while (k >= 0 && text[k] == ' ') k--;
        return k >= 0 && text[k] is '$' or '€' or '£' or '¥' or '₽' or '₴';
    }

    /// <summary>"185 військових і 20 цивільних", "eight women and eight men": one group counted in parts.</summary>
    private static int CoordinatedGroup(Candidate primary, List<Candidate> candidates, CountCue[] cues)
    {
        if (primary.PersonEnd < 0 || primary.PersonEnd >= cues.Length || !Has(cues[primary.PersonEnd], CountCue.And)) return 0;
        var next = candidates.FirstOrDefault(c => c.Number.Start == primary.PersonEnd + 1 && c.PersonEnd > 0);
        return next.Number.Value ?? 0;
    }

    /// <summary>No number: a named swap is two people, a single named release one, a plural group unknown.</summary>
    private static int? Fallback(string text, List<FoldedToken> tokens, CountCue[] cues, int titleEnd)
    {
        var release = false;
        var exchange = false;
        var plural = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            release |= Has(cues[k], CountCue.Release);
            exchange |= Has(cues[k], CountCue.Exchange);
            if (k < titleEnd && Has(cues[k], CountCue.Plural)) plural = true;
        }
        // "Hamas says it will release all hostages", "обмен пленными": a group of unknown size, even in a swap.
        if (plural) return null;
        if (exchange) return 2;
        if (!release) return null;
        if (NamedInTitle(text, tokens, cues, titleEnd) is int named) return named;
        if (OnePersonInTitle(tokens, cues, titleEnd)) return 1 + NamedCompanions(text, tokens, cues);
        return OnePersonReleased(tokens, cues, titleEnd) ? 1 : null;
    }

    /// <summary>
    /// People listed by name in a title that reports a release: "Gonen, Damari and Steinbrecher" is three. Only a list
    /// of two or more names joined by commas and a final "and" counts; a single name is left to the caller.
    /// </summary>
    private static int? NamedInTitle(string text, List<FoldedToken> tokens, CountCue[] cues, int titleEnd)
    {
        var release = false;
        for (var k = 0; k < titleEnd; k++) release |= Has(cues[k], CountCue.Release) && !Has(cues[k], CountCue.Future);
        if (!release) return null;
        int best = 0, names = 0;
        bool chainHasAnd = false, previousCap = false, previousAnd = false;
        for (var k = 0; k < titleEnd; k++)
        {
            var t = tokens[k];
            if (t.Capitalized && !t.IsNumber && !Has(cues[k], CountCue.Release))
            {
                var comma = previousCap && text.AsSpan(tokens[k - 1].Start, t.Start - tokens[k - 1].Start).Contains(',');
                if (previousAnd || comma) names++;
                else if (!previousCap) { names = 1; chainHasAnd = false; }
                previousCap = true;
                previousAnd = false;
                if (chainHasAnd) best = Math.Max(best, names);
                continue;
            }
            if (Has(cues[k], CountCue.And) && previousCap) { chainHasAnd = true; previousAnd = true; previousCap = false; continue; }
            previousCap = previousAnd = false;
            names = 0;
        }
        return best >= 2 ? best : null;
    }

    /// <summary>A title about one person: a name ("Olivier Grondeau") or a singular noun ("hostage").</summary>
    private static bool OnePersonInTitle(List<FoldedToken> tokens, CountCue[] cues, int titleEnd)
    {
        var countryWords = Countries.CountryWordMask(tokens);
        for (var k = 0; k < titleEnd; k++)
        {
            var t = tokens[k];
            if (Has(cues[k], CountCue.Singular)) return true;
            if (t.Capitalized && !t.SentenceStart && !t.AllCaps && !t.IsNumber && !countryWords[k] && cues[k] == CountCue.None) return true;
        }
        return false;
    }

    private static bool AnyBefore(CountCue[] cues, int s, int[] sentences, int window, CountCue cue)
    {
        for (var k = s - 1; k >= 0 && k >= s - window && sentences[k] == sentences[s]; k--) if (Has(cues[k], cue)) return true;
        return false;
    }

    private static bool Has(CountCue value, CountCue flag) => (value & flag) != 0;

    /// <summary>Sentence number of each token.</summary>
    private static int[] SentenceIndex(string text, List<FoldedToken> tokens)
    {
        var index = new int[tokens.Count];
        var sentence = 0;
        for (var k = 1; k < tokens.Count; k++)
        {
            var prev = tokens[k - 1];
            if (FoldedText.SentenceBreakBetween(text, prev.Start + prev.Length, tokens[k].Start)) sentence++;
            index[k] = sentence;
        }
        return index;
    }

    /// <summary>The title is the first line when the caller joined title and summary with a newline.</summary>
    private static int TitleEnd(string text, List<FoldedToken> tokens)
    {
        var newline = text.IndexOf('\n');
        if (newline < 0) return tokens.Count;
        var k = 0;
        while (k < tokens.Count && tokens[k].Start < newline) k++;
        return k;
    }
}
