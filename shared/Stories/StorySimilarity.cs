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
    public static double Score(StorySignature a, StorySignature b) => Score(a, SignatureKeys.For(a), b, SignatureKeys.For(b));

    internal static double Score(StorySignature a, SignatureKeys ka, StorySignature b, SignatureKeys kb)
    {
        var content = Content(a, ka, b, kb, countsMustAgree: true, out var sameTopics);
        if (content is null) return 0;
        var days = Math.Abs((a.Published - b.Published).TotalDays);
        if (IsLaterReleaseStage(a, ka, b, kb)) return 0;
        var score = content.Value - (sameTopics ? StagePenalty(a.Stage, ka, b.Stage, kb) : 0.10);
        return score + (days <= 1 ? 0.08 : -0.03 * (days - 1));
    }

    /// <summary>Same story thread: content similarity only, slowly fading over weeks; stages may differ.</summary>
    public static double ThreadScore(StorySignature a, StorySignature b) => ThreadScore(a, SignatureKeys.For(a), b, SignatureKeys.For(b));

    internal static double ThreadScore(StorySignature a, SignatureKeys ka, StorySignature b, SignatureKeys kb)
    {
        var content = Content(a, ka, b, kb, countsMustAgree: false, out _);
        if (content is null) return 0;
        return content.Value - 0.005 * Math.Abs((a.Published - b.Published).TotalDays);
    }

    private static double? Content(StorySignature a, SignatureKeys ka, StorySignature b, SignatureKeys kb, bool countsMustAgree, out bool sameTopics)
    {
        // Items share a topic, or are both off-topic; one that adds a topic (sanctions plus a call to free someone)
        // can still report the same event.
        sameTopics = SignatureKeys.SameSet(ka.Topics, kb.Topics);
        if (!sameTopics && SignatureKeys.Shared(ka.Topics, kb.Topics) == 0) return null;
        var sameLanguage = a.Lang == b.Lang;
        if (sameLanguage && BitOperations.PopCount(a.SimHash ^ b.SimHash) <= 4) return 1;
        var score = 0.30 * Overlap(ka.Names, kb.Names)
                  + 0.30 * Overlap(ka.Countries, kb.Countries)
                  + 0.20 * Overlap(ka.Numbers, kb.Numbers);
        if (sameLanguage) score += 0.40 * Dice(ka.Terms, kb.Terms);
        // Within one event the figure holds; along a thread it moves ("at least 100" sought, then 123 freed).
        // One outlet names a companion the other leaves out ("Dubois freed" vs "Dubois freed with Woodke"): figures one
        // apart, or within a tenth, do not speak against one event.
        if (a.Count is int ca && b.Count is int cb) score += ca == cb ? 0.20 : countsMustAgree && !Close(ca, cb) ? -0.10 : 0;
        return score;
    }

    private static bool Close(int a, int b) => Math.Abs(a - b) <= Math.Max(1, Math.Min(a, b) / 10);

    /// <summary>
    /// Talks and a confirmed release are one event only when outlets report both readings of one deal side by side: on
    /// the same or the next day, with no conflicting figure. Days apart, the release is the outcome of the talks (or
    /// new talks follow a release); with different figures ("123 freed" vs "more than ten taken across the border"),
    /// the items count different groups. Either way it is a later development: the same thread, a new event.
    /// </summary>
    public static bool IsLaterReleaseStage(StorySignature a, StorySignature b) => IsLaterReleaseStage(a, SignatureKeys.For(a), b, SignatureKeys.For(b));

    internal static bool IsLaterReleaseStage(StorySignature a, SignatureKeys ka, StorySignature b, SignatureKeys kb)
    {
        if (!(ka.Talks && kb.Confirmed) && !(ka.Confirmed && kb.Talks)) return false;
        var days = Math.Abs((a.Published - b.Published).TotalDays);
        return days > SameNewsDays || (a.Count is int ca && b.Count is int cb && ca != cb);
    }

    /// <summary>How far apart (in days) two outlets' reports of one piece of news can be dated.</summary>
    private const double SameNewsDays = 1.0;

    /// <summary>
    /// A different sanctions action (proposed, imposed, eased) is a different event whatever else the items share:
    /// the proposal and the adoption, the delisting and the re-listing. Talks and a confirmed release often are
    /// different events too, but outlets report both stages of one deal on the same day, so that only costs a little.
    /// </summary>
    private static double StagePenalty(string a, SignatureKeys ka, string b, SignatureKeys kb)
    {
        if (a == b) return 0;
        return ka.Actions != kb.Actions ? 1 : 0.10;
    }

    /// <summary>Shared share of the smaller set: a short item naming two of a long item's five names still matches.</summary>
    private static double Overlap(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        return SignatureKeys.Shared(a, b) / (double)Math.Min(a.Length, b.Length);
    }

    private static double Dice(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        return 2.0 * SignatureKeys.Shared(a, b) / (a.Length + b.Length);
    }
}
