using Alerts.Detect;
using System.Numerics;

namespace Alerts.Stories;

/// <summary>
/// How likely two items report the same event. Names, figures and countries carry across languages; words and the
/// SimHash only within one language. Topic mismatch rules a pair out; distance in days and a different stage or
/// sanctions action (talks vs confirmed, proposed vs adopted) count against it.
/// </summary>
public static class StorySimilarity
{
    /// <summary>Same event: content similarity, less for a different stage and for every day apart after the first.</summary>
    public static double Score(StorySignature a, StorySignature b)
    {
        var content = Content(a, b, countsMustAgree: true, out var sameTopics);
        if (content is null) return 0;
        var days = Math.Abs((a.Published - b.Published).TotalDays);
        if (IsLaterReleaseStage(a, b)) return 0;
        var score = content.Value - (sameTopics ? StagePenalty(a.Stage, b.Stage) : 0.10);
        return score + (days <= 1 ? 0.08 : -0.03 * (days - 1));
    }

    /// <summary>Same story thread: content similarity only, slowly fading over weeks; stages may differ.</summary>
    public static double ThreadScore(StorySignature a, StorySignature b)
    {
        var content = Content(a, b, countsMustAgree: false, out _);
        if (content is null) return 0;
        return content.Value - 0.005 * Math.Abs((a.Published - b.Published).TotalDays);
    }

    private static double? Content(StorySignature a, StorySignature b, bool countsMustAgree, out bool sameTopics)
    {
        // Items share a topic, or are both off-topic; one that adds a topic (sanctions plus a call to free someone)
        // can still report the same event.
        sameTopics = a.Topics.SequenceEqual(b.Topics);
        if (!sameTopics && !ShareAny(a.Topics, b.Topics)) return null;
        var sameLanguage = a.Lang == b.Lang;
        if (sameLanguage && BitOperations.PopCount(a.SimHash ^ b.SimHash) <= 4) return 1;
        var score = 0.30 * Overlap(a.Names, b.Names)
                  + 0.30 * Overlap(a.Countries, b.Countries)
                  + 0.20 * Overlap(a.Numbers, b.Numbers);
        if (sameLanguage) score += 0.40 * Dice(a.Terms, b.Terms);
        // Within one event the figure holds; along a thread it moves ("at least 100" sought, then 123 freed).
        // One outlet names a companion the other leaves out ("Dubois freed" vs "Dubois freed with Woodke"): figures one
        // apart, or within a tenth, do not speak against one event.
        if (a.Count is int ca && b.Count is int cb) score += ca == cb ? 0.20 : countsMustAgree && !Close(ca, cb) ? -0.10 : 0;
        return score;
    }

    // Every assignment compares the item with each recent story item: no set allocated per pair.
    private static bool ShareAny(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if (string.Equals(a[i], b[j], StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    private static bool Close(int a, int b) => Math.Abs(a - b) <= Math.Max(1, Math.Min(a, b) / 10);

    /// <summary>
    /// Talks and a confirmed release are one event only when outlets report both readings of one deal side by side: on
    /// the same or the next day, with no conflicting figure. Days apart, the release is the outcome of the talks (or
    /// new talks follow a release); with different figures ("123 freed" vs "more than ten taken across the border"),
    /// the items count different groups. Either way it is a later development: the same thread, a new event.
    /// </summary>
    public static bool IsLaterReleaseStage(StorySignature a, StorySignature b)
    {
        var days = Math.Abs((a.Published - b.Published).TotalDays);
        var talksA = a.Stage.Contains(ReleaseStage.Talks, StringComparison.Ordinal);
        var talksB = b.Stage.Contains(ReleaseStage.Talks, StringComparison.Ordinal);
        var confirmedA = a.Stage.Contains(ReleaseStage.Confirmed, StringComparison.Ordinal);
        var confirmedB = b.Stage.Contains(ReleaseStage.Confirmed, StringComparison.Ordinal);
        if (!(talksA && confirmedB) && !(confirmedA && talksB)) return false;
        return days > SameNewsDays || (a.Count is int ca && b.Count is int cb && ca != cb);
    }

    /// <summary>How far apart (in days) two outlets' reports of one piece of news can be dated.</summary>
    private const double SameNewsDays = 1.0;

    /// <summary>
    /// A different sanctions action (proposed, imposed, eased) is a different event whatever else the items share:
    /// the proposal and the adoption, the delisting and the re-listing. Talks and a confirmed release often are
    /// different events too, but outlets report both stages of one deal on the same day, so that only costs a little.
    /// </summary>
    private static double StagePenalty(string a, string b)
    {
        if (a == b) return 0;
        foreach (var action in (ReadOnlySpan<string>)[SanctionsAction.Imposed, SanctionsAction.Eased, SanctionsAction.Discussed])
        {
            if (a.Contains(action, StringComparison.Ordinal) != b.Contains(action, StringComparison.Ordinal)) return 1;
        }
        return 0.10;
    }

    /// <summary>Shared share of the smaller set: a short item naming two of a long item's five names still matches.</summary>
    private static double Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        return Shared(a, b) / (double)Math.Min(a.Count, b.Count);
    }

    private static double Dice(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        return 2.0 * Shared(a, b) / (a.Count + b.Count);
    }

    private static int Shared(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        // Both lists are sorted (ordinal) by the signature builder: one merge pass.
        int shared = 0, i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var c = string.CompareOrdinal(a[i], b[j]);
            if (c == 0) { shared++; i++; j++; }
            else if (c < 0) i++;
            else j++;
        }
        return shared;
    }
}
