using Alerts.Detect.Lexicons;
using Alerts.Detect.Text;

namespace Alerts.Detect.Rules;

/// <summary>
/// prisoner_release: a release act (free, pardon, swap) about people held for political, diplomatic or
/// conflict reasons. The act alone is not enough ("release" is mostly products, animals and reports), so
/// it must meet a held person; ordinary criminal justice and dismissals from office veto it.
/// </summary>
public static class ReleaseRules
{
    public const double Threshold = 2.5;

    private const Cue Act = Cue.Release | Cue.Pardon | Cue.Swap;
    private const Cue NotPeople = Cue.Product | Cue.Animal | Cue.Document | Cue.Finance | Cue.Thing;
    private const Cue Person = Cue.Held | Cue.HeldStrong | Cue.Political | Cue.People;

    private static readonly HashSet<string> Calendar = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    public static RuleResult Evaluate(ItemText item)
    {
        var tokens = item.Tokens;
        var acts = new Cue[item.SentenceCount];
        var namedObject = new bool[item.SentenceCount];
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if ((t.Cues & Act) == 0 || (t.Cues & NotPeople) != 0) continue;
            if (NearObject(tokens, i)) continue;
            acts[t.Sentence] |= t.Cues & Act;
            if (FollowedByNameOrNumber(tokens, i)) namedObject[t.Sentence] = true;
        }

        var anyAct = Cue.None;
        foreach (var a in acts) anyAct |= a;
        if (anyAct == Cue.None && !item.Has(Cue.HeldStrong)) return RuleResult.None;

        var scores = new double[item.SentenceCount];
        for (var s = 0; s < scores.Length; s++)
        {
            var cues = item.SentenceCues[s];
            var act = acts[s];
            double score = 0;
            if (act != Cue.None)
            {
                if ((cues & Cue.HeldStrong) != 0) score = 4;
                else if ((cues & (Cue.Held | Cue.Political)) != 0) score = 3;
                else if ((cues & Cue.People) != 0) score = (act & Cue.Swap) != 0 ? 3 : 2.5;
                else if ((act & Cue.Swap) != 0 && (act & (Cue.Release | Cue.Pardon)) != 0) score = 2.5;
                else if (namedObject[s]) score = (act & Cue.Swap) != 0 ? 2.5 : 2;
            }
            else if ((cues & Cue.HeldStrong) != 0 && (cues & Cue.Returned) != 0) score = 2.5;
            scores[s] = score;
        }

        var all = item.AllCues;
        double cross = 0;
        if (anyAct != Cue.None)
        {
            if ((all & Cue.HeldStrong) != 0) cross = 3;
            else if ((all & Cue.Held) != 0) cross = 2.5;
            else if ((all & (Cue.Political | Cue.People)) != 0) cross = 2;
        }
        else if ((all & Cue.Held) != 0 && scores.Length > 0)
        {
            // "are home", "reunited with their families" after detention abroad: the end of a release.
            var returned = 0;
            foreach (var c in item.SentenceCues) if ((c & Cue.Returned) != 0) returned++;
            cross = returned >= 2 ? 2.5 : 0;
        }

        var best = Math.Max(cross, scores.Max());
        var supporting = scores.Count(x => x >= 2);
        var total = best + (supporting > 1 ? 0.5 * (supporting - 1) : 0);

        var exchangeBetweenStates = (anyAct & Cue.Swap) != 0 && (all & (Cue.People | Cue.Held)) != 0;
        var rescued = (all & Cue.HeldStrong) != 0 || exchangeBetweenStates;
        if ((all & Cue.Criminal) != 0 && !rescued) total -= 3;
        // A game, film or animal story that mentions a prison: only strong political cues keep it.
        if ((all & (Cue.Product | Cue.Animal)) != 0 && (all & (Cue.HeldStrong | Cue.Political)) == 0 && !exchangeBetweenStates) total -= 3;
        if ((all & Cue.Office) != 0 && (all & Cue.HeldStrong) == 0 && (all & (Cue.Held | Cue.People)) == 0) total -= 3;
        if (total < Threshold) return new RuleResult(Math.Max(total, 0), null, []);

        var evidence = Enumerable.Range(0, scores.Length).Where(s => scores[s] >= 2 || (acts[s] != Cue.None && s == 0))
            .OrderByDescending(s => scores[s]).ThenBy(s => s).Take(2).OrderBy(s => s).ToList();
        if (evidence.Count == 0) evidence.Add(Array.FindIndex(acts, a => a != Cue.None) is var f and >= 0 ? f : 0);
        return new RuleResult(total, Stage(item), evidence);
    }

    /// <summary>"released a report", "turtles were freed": a thing or an animal next to the act.</summary>
    private static bool NearObject(List<Token> tokens, int at)
    {
        var sentence = tokens[at].Sentence;
        for (var j = Math.Max(0, at - 3); j <= Math.Min(tokens.Count - 1, at + 3); j++)
        {
            if (j == at || tokens[j].Sentence != sentence) continue;
            var c = tokens[j].Cues;
            if ((c & NotPeople) != 0 && (c & Person) == 0) return true;
        }
        return false;
    }

    /// <summary>"free Jimmy Lai", "release 553": the act's object is a name or a head count.</summary>
    private static bool FollowedByNameOrNumber(List<Token> tokens, int at)
    {
        for (var j = at + 1; j < tokens.Count && j <= at + 3; j++)
        {
            var t = tokens[j];
            if (t.Sentence != tokens[at].Sentence) return false;
            if (t.IsNumber) return true;
            if (t.Capitalised && !Calendar.Contains(t.Lower) && (t.Cues & NotPeople) == 0) return true;
            if (t.Lower is not ("of" or "the" or "all" or "more" or "than" or "about" or "some" or "for" or "на" or "gegen" or "contre" or "za")) return false;
        }
        return false;
    }

    /// <summary>
    /// talks vs confirmed: done-forms against plan-forms in the sentences about the release, the title
    /// counting double and sentences after the lede a quarter. A done-form after will/would/to be is a plan; after a negation it is dropped.
    /// </summary>
    private static string Stage(ItemText item)
    {
        double done = 0, talks = 0;
        const Cue relevant = Act | Person | Cue.Returned;
        var tokens = item.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if ((item.SentenceCues[t.Sentence] & relevant) == 0) continue;
            // The headline and the lede carry the news; later sentences are mostly background ("Belarus freed
            // 52 in September"), which must not turn talks about the next release into a confirmed one.
            var weight = t.Sentence == 0 ? 2.0 : t.Sentence <= 3 ? 1.0 : 0.25;
            if ((t.Cues & (Cue.Done | Cue.DoneStrong)) != 0)
            {
                // "Belarus has freed dozens in several waves since Trump took office", "ранее были освобождены": a
                // recollection of earlier releases, even in the lede, says nothing about the stage of this news.
                if (t.Sentence > 0 && (item.SentenceCues[t.Sentence] & Cue.Recalled) != 0) continue;
                // A phrase tags all its words; count it once.
                if (i > 0 && tokens[i - 1].Sentence == t.Sentence && (tokens[i - 1].Cues & (Cue.Done | Cue.DoneStrong)) != 0) continue;
                if (Preceded(tokens, i, Cue.Negation, 3)) continue;
                if (Preceded(tokens, i, Cue.Modal, 2)) talks += weight;
                else if ((t.Cues & Cue.DoneStrong) != 0) done += 2 * weight;
                else done += Preceded(tokens, i, Cue.Held | Cue.HeldStrong, 2) ? 2 * weight : weight;
            }
            else if ((t.Cues & Cue.Talks) != 0 && NearAct(tokens, i))
            {
                talks += weight;
            }
        }
        return done > 0 && done >= talks ? ReleaseStage.Confirmed : talks > 0 ? ReleaseStage.Talks : ReleaseStage.Confirmed;
    }

    /// <summary>A plan word counts for the stage only when it governs a release nearby, not another clause.</summary>
    private static bool NearAct(List<Token> tokens, int at)
    {
        for (var j = Math.Max(0, at - 4); j <= Math.Min(tokens.Count - 1, at + 4); j++)
        {
            if (tokens[j].Sentence == tokens[at].Sentence && (tokens[j].Cues & (Act | Cue.HeldStrong | Cue.Held)) != 0) return true;
        }
        return false;
    }

    internal static bool Preceded(List<Token> tokens, int at, Cue cue, int window)
    {
        for (var j = at - 1; j >= 0 && j >= at - window; j--)
        {
            if (tokens[j].Sentence != tokens[at].Sentence) return false;
            if ((tokens[j].Cues & cue) != 0) return true;
        }
        return false;
    }
}
