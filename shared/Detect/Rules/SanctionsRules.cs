using Alerts.Detect.Lexicons;
using Alerts.Detect.Text;

namespace Alerts.Detect.Rules;

/// <summary>
/// sanctions: measures by states or blocs. The word itself, unambiguous instruments (embargo, SDN, price
/// cap, terror list) or pairs (freeze + assets, ban + entry/export, restrictions + package) count; sports
/// bodies' "sanctions" and export-control charges in a criminal case do not.
/// </summary>
public static class SanctionsRules
{
    public const double Threshold = 2.5;

    private const Cue Instrument = Cue.SanctionStrong | Cue.TerrorList;
    private const Cue Relevant = Cue.Sanction | Cue.SanctionStrong | Cue.TerrorList | Cue.Freeze | Cue.Ban
        | Cue.Restrictions | Cue.Package | Cue.Designate | Cue.List;

    public static RuleResult Evaluate(ItemText item)
    {
        if (!item.Has(Relevant)) return RuleResult.None;
        var tokens = item.Tokens;
        var scores = new double[item.SentenceCount];
        var word = new bool[item.SentenceCount];
        var instrument = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var s = t.Sentence;
            if ((t.Cues & Instrument) != 0 && !NearCharges(tokens, i))
            {
                scores[s] = Math.Max(scores[s], 3);
                instrument = true;
            }
            if ((t.Cues & Cue.Sanction) != 0 && !MeansApproval(item, s) && !NearCharges(tokens, i))
            {
                scores[s] = Math.Max(scores[s], 3);
                word[s] = true;
            }
        }
        for (var s = 0; s < scores.Length; s++)
        {
            var c = item.SentenceCues[s];
            if (Has(c, Cue.Freeze) && Has(c, Cue.Assets)) scores[s] = Math.Max(scores[s], 2.5);
            if (Has(c, Cue.Ban) && Has(c, Cue.BanObject)) scores[s] = Math.Max(scores[s], 2.5);
            if (Has(c, Cue.Restrictions) && Has(c, Cue.Package | Cue.Response)) scores[s] = Math.Max(scores[s], 2.5);
            if (Has(c, Cue.Restrictions) && Has(c, Cue.Bloc)) scores[s] = Math.Max(scores[s], 2);
            if (Has(c, Cue.Package) && Has(c, Cue.Bloc) && HasOrdinal(item, s)) scores[s] = Math.Max(scores[s], 2.5);
            if (Has(c, Cue.Designate | Cue.List) && Has(c, Cue.Bloc) && Has(c, Cue.Restrictions | Cue.Freeze | Cue.Ban)) scores[s] = Math.Max(scores[s], 2.5);
        }

        var best = scores.Max();
        var supporting = scores.Count(x => x >= 2);
        var total = best + (supporting > 1 ? 0.5 * (supporting - 1) : 0);

        var sport = tokens.Count(t => (t.Cues & Cue.Sport) != 0);
        if (sport > 0 && !instrument)
        {
            var stateActs = Enumerable.Range(0, scores.Length).Any(s => word[s] && Has(item.SentenceCues[s], Cue.Bloc));
            if (sport >= 2 || !stateActs) total = Math.Min(total, sport >= 2 ? 0 : total - 2);
        }
        if (total < Threshold) return new RuleResult(Math.Max(total, 0), null, []);

        var evidence = Enumerable.Range(0, scores.Length).Where(s => scores[s] >= 2)
            .OrderByDescending(s => scores[s]).ThenBy(s => s).Take(2).OrderBy(s => s).ToList();
        return new RuleResult(total, Action(item), evidence);
    }

    private static bool Has(Cue set, Cue any) => (set & any) != 0;

    private static readonly HashSet<string> NounFollowers = new(StringComparer.Ordinal)
    {
        "regime", "regimes", "list", "lists", "package", "packages", "relief", "programme", "program", "on", "against", "over",
        "for", "and", "policy", "committee", "law", "act", "bill", "evasion", "waiver", "were", "are", "is", "have", "has", "will", "would", "to",
    };

    /// <summary>"Washington sanctions ICC prosecutor" (a verb) vs "UN sanctions regime" (a noun phrase).</summary>
    private static bool IsVerb(List<Token> tokens, int at)
    {
        var word = tokens[at].Lower;
        if (word is "sanctioned" or "sanctioning") return true;
        if (word != "sanctions" || at + 1 >= tokens.Count || tokens[at + 1].Sentence != tokens[at].Sentence) return false;
        return !NounFollowers.Contains(tokens[at + 1].Lower);
    }

    private static readonly HashSet<string> Conditionals = new(StringComparer.Ordinal)
    {
        "could", "would", "might", "may", "pourrait", "pourraient", "könnte", "könnten", "würde", "może", "mogą", "может", "могут", "могла", "може", "можуть", "можа",
    };

    /// <summary>"could restore the embargo": a conditional verb just before the measure.</summary>
    private static bool Hypothetical(List<Token> tokens, int at)
    {
        for (var j = at - 1; j >= 0 && j >= at - 2 && tokens[j].Sentence == tokens[at].Sentence; j--)
        {
            if (Conditionals.Contains(tokens[j].Lower)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> Blockers = new(StringComparer.Ordinal)
    {
        "veto", "objection", "objections", "reservation", "reservations", "blockade", "hold", "opposition",
        "вето", "weto", "blokadę", "einspruch", "blockade", "réserves",
    };

    private static readonly HashSet<string> Endings = new(StringComparer.Ordinal)
    {
        "end", "ends", "ended", "ending", "revoke", "revokes", "revoked", "scraps", "scrapped", "cancels", "cancelled", "lapse",
    };

    /// <summary>An easing word whose object is a blocker (lifts veto) or a relief measure that is ended (ends waiver).</summary>
    private static bool Reverses(List<Token> tokens, int at, out bool tightening, out int objectAt)
    {
        tightening = false;
        objectAt = at;
        for (var j = at + 1; j < tokens.Count && j <= at + 3 && tokens[j].Sentence == tokens[at].Sentence; j++)
        {
            var w = tokens[j].Lower;
            objectAt = j;
            if (Blockers.Contains(w)) return true;
            if (Endings.Contains(tokens[at].Lower) && (w.StartsWith("waiver", StringComparison.Ordinal) || w.StartsWith("licen", StringComparison.Ordinal) || w.StartsWith("exempt", StringComparison.Ordinal)))
            {
                tightening = true;
                return true;
            }
        }
        return false;
    }

    private static bool Followed(List<Token> tokens, int at, Cue cue, int window)
    {
        for (var j = at + 1; j < tokens.Count && j <= at + window && tokens[j].Sentence == tokens[at].Sentence; j++)
        {
            if ((tokens[j].Cues & cue) != 0) return true;
        }
        return false;
    }

    /// <summary>"Regulator sanctions new cable": approval words and nothing of a state measure.</summary>
    private static bool MeansApproval(ItemText item, int sentence)
    {
        var c = item.SentenceCues[sentence];
        return Has(c, Cue.Approval) && !Has(c, Cue.Restrictions | Cue.Package | Cue.Designate | Cue.Freeze | Cue.Ban | Cue.SanctionStrong | Cue.TerrorList);
    }

    /// <summary>"extradited on export-control charges": the instrument is a criminal case's background.</summary>
    private static bool NearCharges(List<Token> tokens, int at)
    {
        for (var j = Math.Max(0, at - 3); j <= Math.Min(tokens.Count - 1, at + 3); j++)
        {
            if (j != at && tokens[j].Sentence == tokens[at].Sentence && (tokens[j].Cues & Cue.Charges) != 0) return true;
        }
        return false;
    }

    /// <summary>"19th package", "17. pakiet", "19-й пакет": a numbered round of a bloc's sanctions.</summary>
    private static bool HasOrdinal(ItemText item, int sentence)
    {
        var (from, to) = item.SentenceTokens(sentence);
        for (var i = from; i < to; i++)
        {
            var t = item.Tokens[i];
            if (t.IsNumber && t.Lower.Length <= 4 && (t.Lower.EndsWith("th") || t.Lower.EndsWith("st") || t.Lower.EndsWith("nd") || t.Lower.EndsWith("rd") || NextIsPackage(item, i)))
                return true;
            if (t.Lower is "next" or "new" or "latest" or "nächste" or "neue" or "kolejny" or "nowy" or "новый" or "следующий" or "prochain" or "nouveau") return true;
        }
        return false;
    }

    private static bool NextIsPackage(ItemText item, int at)
    {
        for (var j = at + 1; j < item.Tokens.Count && j <= at + 3; j++)
        {
            if ((item.Tokens[j].Cues & Cue.Package) != 0) return true;
        }
        return false;
    }

    /// <summary>
    /// imposed / eased / discussed: weighted cue counts in the sentences about sanctions, the title counting
    /// more. Proposals and blocked drafts outweigh the measures they describe; lifting outweighs listing.
    /// </summary>
    private static string Action(ItemText item)
    {
        double imposed = 0, eased = 0, discussed = 0;
        const Cue context = Relevant | Cue.Bloc | Cue.Response;
        var tokens = item.Tokens;
        var skipThrough = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (i <= skipThrough || (item.SentenceCues[t.Sentence] & context) == 0) continue;
            var weight = t.Sentence == 0 ? 1.5 : 1.0;
            var c = t.Cues;
            if ((c & (Cue.Eased | Cue.EasedStrong)) != 0 && Reverses(tokens, i, out var tightening, out var objectAt))
            {
                // "lifts its veto" unblocks a package; "ends the waiver" tightens.
                imposed += (tightening ? 3 : 1) * weight;
                skipThrough = objectAt;
                continue;
            }
            if ((c & (Cue.Eased | Cue.EasedStrong | Cue.Imposed | Cue.ImposedStrong)) != 0 && (c & Cue.DiscussedStrong) == 0
                && (ReleaseRules.Preceded(tokens, i, Cue.DiscussedStrong, 2) || Hypothetical(tokens, i)))
            {
                // "considers easing", "could restore": the measure is only on the table.
                discussed += weight;
                continue;
            }
            if ((c & Cue.Eased) != 0 && (c & Cue.EasedStrong) == 0 && Followed(tokens, i, Cue.Sanction | Cue.SanctionStrong | Cue.Restrictions | Cue.TerrorList, 3))
                c |= Cue.EasedStrong;
            if ((c & Cue.ImposedStrong) != 0) imposed += 3 * weight;
            else if ((c & Cue.Imposed) != 0) imposed += weight;
            if ((c & Cue.EasedStrong) != 0) eased += 3 * weight;
            else if ((c & Cue.Eased) != 0) eased += weight;
            if ((c & Cue.DiscussedStrong) != 0) discussed += 3 * weight;
            else if ((c & Cue.Discussed) != 0) discussed += 0.5 * weight;
            if ((c & Cue.Response) != 0) imposed += weight;
            // "Washington sanctions ...", "Treasury sanctioned ...": a state as the subject of the verb.
            if ((c & Cue.Sanction) != 0 && i > 0 && tokens[i - 1].Sentence == t.Sentence
                && (tokens[i - 1].Cues & (Cue.Bloc | Cue.Nation)) != 0 && IsVerb(tokens, i))
                imposed += 3 * weight;
        }
        if (discussed >= imposed && discussed >= eased && discussed > 0) return SanctionsAction.Discussed;
        if (eased >= imposed && eased > 0) return SanctionsAction.Eased;
        return SanctionsAction.Imposed;
    }
}
