using Alerts.Detect.Countries;
using Alerts.Detect.Counts;

namespace Alerts.Detect;

/// <summary>
/// The parts of a count that sit beside the main figure: the other side of an exchange, companions freed with the
/// person the item is about, a single swap partner.
/// </summary>
public sealed partial class ReleasedCountExtractor
{
    /// <summary>"each released five detainees", "each side would free five", "je 1000 Gefangene", "по 146".</summary>
    private static bool EachSide(Candidate primary, List<FoldedToken> tokens, CountCue[] cues)
    {
        var s = primary.Number.Start;
        for (var k = Math.Max(0, s - 4); k < s; k++) if (Has(cues[k], CountCue.Each)) return true;
        // Short words that mean "each" only right before a figure: "по 146 военнопленных", "po 146 jeńców", "je 1000".
        return s > 0 && tokens[s - 1].Text is "по" or "po" or "je";
    }

    /// <summary>"five-for-five", "300 на 300", "тысяча за тысячу", seen from either number.</summary>
    private static bool NForN(NumberMention number, List<NumberMention> all, CountCue[] cues)
    {
        var e = number.End;
        if (e < cues.Length && Has(cues[e], CountCue.For) && all.Any(m => m.Start == e + 1 && m.Value == number.Value)) return true;
        var s = number.Start;
        return s > 0 && Has(cues[s - 1], CountCue.For) && all.Any(m => m.End == s - 1 && m.Value == number.Value);
    }

    /// <summary>"84 servicemen returned, and the same number handed to Ukraine" / "переданы столько же".</summary>
    private static bool SameNumberOnOtherSide(Candidate primary, CountCue[] cues, int[] sentences)
    {
        for (var k = primary.Number.End; k < cues.Length && sentences[k] <= sentences[primary.Number.Start] + 1; k++)
            if (Has(cues[k], CountCue.Same)) return true;
        return false;
    }

    /// <summary>
    /// The other side of an exchange, when the item states it as a group of people: after "while" or "also" in the
    /// same sentence ("16 freed by Russia, while the West handed back eight"); in another sentence that names the
    /// exchange ("Israel released 90 in return", "в обратную сторону отправлены 16 человек"); or as a second released
    /// group in the title ("three hostages freed; 183 prisoners released"). A part of a group ("including 14
    /// foreigners") is never added, nor a side still to be released to one already freed.
    /// </summary>
    private static int OtherSide(string text, Candidate primary, List<Candidate> candidates, CountCue[] cues, int[] sentences, bool bothSidesCounted)
    {
        foreach (var other in candidates)
        {
            if (other.Number.Start == primary.Number.Start || other.Number.Value is not int value || other.PersonEnd < 0) continue;
            // Once "each side freed 84" is counted twice, another 84 is that figure restated.
            if (bothSidesCounted && value == primary.Number.Value) continue;
            if (other.Future && !primary.Future) continue;
            if (AnyBefore(cues, other.Number.Start, sentences, 3, CountCue.Subset)) continue;
            var sentence = sentences[other.Number.Start];
            var primarySentence = sentences[primary.Number.Start];
            var after = other.Number.Start > primary.Number.Start;
            if (sentence == primarySentence)
            {
                if (after && AnyBetween(cues, primary.GroupEnd, other.Number.Start, CountCue.Also) && (other.OwnVerbBefore || other.Strength >= 4)) return value;
                // "Ten Americans freed in exchange for 252 migrants", "cinquante otages contre 150 prisonniers".
                if (after && ExchangeFor(text, primary, other, cues)) return value;
                if (after && primary.InTitle && other.InTitle && primary.Strength >= 4 && other.Strength >= 4 && ClauseBreakBetween(text, primary, other)) return value;
                continue;
            }
            var exchangeHere = SentenceHas(cues, sentences, sentence, CountCue.Exchange, CountCue.Release);
            var exchangeThere = SentenceHas(cues, sentences, primarySentence, CountCue.Exchange, CountCue.Release);
            var also = AnyBefore(cues, other.Number.Start, sentences, 6, CountCue.Also);
            var titlePair = primary.InTitle && other.InTitle && primary.Strength >= 4 && other.Strength >= 4;
            // The headline group and, in a sentence about what came "in return", the other side.
            var headlineOther = exchangeThere && other.InTitle && !primary.InTitle && other.Strength >= 3;
            if ((other.OwnVerbBefore && also) || exchangeHere || headlineOther || titlePair) return value;
        }
        return 0;
    }

    /// <summary>The other group is the object of "in exchange for" / "contre" right after the first group.</summary>
    private static bool ExchangeFor(string text, Candidate primary, Candidate other, CountCue[] cues)
    {
        var tokens = FoldedText.TokenizeShared(text);
        var s = other.Number.Start;
        if (Has(cues[s - 1], CountCue.For) && s - 1 <= primary.GroupEnd + 1) return true;
        for (var k = s - 1; k >= Math.Max(primary.GroupEnd, s - 5); k--)
        {
            // "in exchange for Medvedchuk and 55 Russians": a named partner first; the item's own figure stands.
            if (tokens[k].Capitalized && !tokens[k].SentenceStart) return false;
            if (Has(cues[k], CountCue.Exchange) && !Has(cues[k], CountCue.Release)) return true;
        }
        return false;
    }

    private static bool ClauseBreakBetween(string text, Candidate first, Candidate second)
    {
        var tokens = FoldedText.TokenizeShared(text);
        var from = tokens[first.GroupEnd - 1].Start;
        var to = tokens[second.Number.Start].Start;
        return text.AsSpan(from, to - from).IndexOfAny(',', ';') >= 0;
    }

    /// <summary>
    /// People freed together with the item's own person: "released with another bishop and 15 priests" is 17,
    /// "relâché avec 18 autres religieux" 19. Only when the title is about one person and the figure is not.
    /// </summary>
    private static int Companions(Candidate primary, List<FoldedToken> tokens, CountCue[] cues, int[] sentences, int titleEnd)
    {
        if (primary.InTitle) return 0;
        var s = primary.Number.Start;
        var others = primary.Number.End < cues.Length && Has(cues[primary.Number.End], CountCue.Others);
        var with = -1;
        for (var k = s - 1; k >= 0 && k >= s - 4 && sentences[k] == sentences[s]; k--)
            if (Has(cues[k], CountCue.With)) { with = k; break; }
        if (with < 0 && !others) return 0;
        if (!OnePersonInTitle(tokens, cues, titleEnd)) return 0;
        var extra = 1;
        // "with another bishop and 15 priests": one more person before the figure.
        if (with >= 0) for (var k = with + 1; k < s; k++) if (Has(cues[k], CountCue.Another)) extra++;
        return extra;
    }

    /// <summary>"walked free together with aid worker Jeffery Woodke": one named companion more.</summary>
    private static int NamedCompanions(string text, List<FoldedToken> tokens, CountCue[] cues)
    {
        var countryWords = Countries.CountryWordMask(tokens);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!Has(cues[k], CountCue.Together)) continue;
            while (k + 1 < tokens.Count && Has(cues[k + 1], CountCue.Together)) k++;
            for (var j = k + 1; j < Math.Min(tokens.Count, k + 5); j++)
            {
                if (Has(cues[j], CountCue.Others) || (Has(cues[j], CountCue.Person) && !Has(cues[j], CountCue.Singular)) || tokens[j].IsNumber) break;
                if (tokens[j].Capitalized && !countryWords[j] && !tokens[j].AllCaps && cues[j] == CountCue.None) return 1;
            }
        }
        return 0;
    }

    /// <summary>
    /// One named person (or one "trafficker", "pilot") on the other side of a swap whose figure is stated:
    /// "swaps Alex Saab for 10 Americans", "two Americans in swap for an Afghan drug trafficker" are 11 and 3.
    /// A partner side that has its own figure ("for Medvedchuk and 55 Russians") is left as the item states it.
    /// </summary>
    private static int SwapPartner(Candidate primary, List<FoldedToken> tokens, CountCue[] cues, int[] sentences, List<NumberMention> numbers)
    {
        var sentence = sentences[primary.Number.Start];
        for (var f = 0; f < tokens.Count; f++)
        {
            if (!Has(cues[f], CountCue.For)) continue;
            var swap = -1;
            for (var k = f - 1; k >= 0 && k >= f - 6 && sentences[k] == sentences[f]; k--)
                if (Has(cues[k], CountCue.Exchange)) { swap = k; break; }
            if (swap < 0) continue;
            if (numbers.Any(m => m.Start == f + 1 && m.Value == primary.Number.Value))
            {
                // "swaps [Maduro ally Alex Saab] for 10 Americans": the partner sits between the swap word and "for".
                if (SinglePerson(tokens, cues, swap + 1, f)) return 1;
                continue;
            }
            if (sentences[f] != sentence || (primary.Number.Start > f && primary.Number.Start <= f + 3)) continue;
            var end = f + 1;
            while (end < Math.Min(tokens.Count, f + 5) && end != primary.Number.Start && sentences[end] == sentence) end++;
            if (SinglePerson(tokens, cues, f + 1, end) && !GroupJoins(tokens, cues, f + 1, end)) return 1;
        }
        return 0;
    }

    /// <summary>A capitalised name or a singular person noun in [from, to), with no group of people.</summary>
    private static bool SinglePerson(List<FoldedToken> tokens, CountCue[] cues, int from, int to)
    {
        var person = false;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].IsNumber || Has(cues[k], CountCue.Plural) || Has(cues[k], CountCue.Others)) return false;
            if (Has(cues[k], CountCue.Person) && !Has(cues[k], CountCue.Singular)) return false;
            if (Has(cues[k], CountCue.Singular) || (tokens[k].Capitalized && !tokens[k].AllCaps && cues[k] == CountCue.None)) person = true;
        }
        return person;
    }

    /// <summary>"Medvedchuk and 55 Russians": a counted group joins the partner.</summary>
    private static bool GroupJoins(List<FoldedToken> tokens, CountCue[] cues, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!Has(cues[k], CountCue.And) || k + 1 >= tokens.Count) continue;
            if (tokens[k + 1].IsNumber || NumberWords.TryGet(tokens[k + 1].Text, out _, out _)) return true;
        }
        return false;
    }

    /// <summary>No figure and no person in the title: "after the release of a Polish citizen" is one.</summary>
    private static bool OnePersonReleased(List<FoldedToken> tokens, CountCue[] cues, int titleEnd)
    {
        bool[]? countryWords = null;
        for (var k = titleEnd; k < tokens.Count; k++)
        {
            if (!Has(cues[k], CountCue.Release)) continue;
            // "The ELN released Luis Manuel Díaz": a name right after the verb.
            if (k + 1 < tokens.Count && tokens[k + 1].Capitalized && !tokens[k + 1].AllCaps && cues[k + 1] == CountCue.None
                && !(countryWords ??= Countries.CountryWordMask(tokens))[k + 1]) return true;
            for (var j = k + 1; j < Math.Min(tokens.Count, k + 4); j++)
            {
                if (Has(cues[j], CountCue.Singular)) return true;
                if (Has(cues[j], CountCue.Person)) break;
            }
        }
        return false;
    }

    private static bool AnyBetween(CountCue[] cues, int from, int to, CountCue cue)
    {
        for (var k = from; k < to; k++) if (Has(cues[k], cue)) return true;
        return false;
    }

    /// <summary>The sentence has <paramref name="cue"/> on a word that does not also carry <paramref name="without"/>.</summary>
    private static bool SentenceHas(CountCue[] cues, int[] sentences, int sentence, CountCue cue, CountCue without)
    {
        for (var k = 0; k < cues.Length; k++) if (sentences[k] == sentence && Has(cues[k], cue) && !Has(cues[k], without)) return true;
        return false;
    }
}
