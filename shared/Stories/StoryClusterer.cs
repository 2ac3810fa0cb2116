using System.Runtime.InteropServices;
using Alerts.Detect;

namespace Alerts.Stories;

/// <summary>
/// Assigns items to stories as a stream in published order. An item joins the event of its most similar recent item
/// when the similarity clears <see cref="StoryOptions.EventThreshold"/> (a Repeat, or an Update when its stage moved on);
/// below that but above <see cref="StoryOptions.ThreadThreshold"/> it opens a new event in the same thread (an Update);
/// otherwise it starts a new story.
/// </summary>
public sealed class StoryClusterer : IStoryClusterer
{
    private readonly IStoryIndex _index;
    private readonly StorySignatureBuilder _signatures;
    private readonly StoryOptions _options;

    public StoryClusterer(IStoryIndex index, StorySignatureBuilder signatures, StoryOptions? options = null)
    {
        _index = index;
        _signatures = signatures;
        _options = options ?? new StoryOptions();
    }

    public StoryClusterer(IStoryIndex index) : this(index, new StorySignatureBuilder()) { }

    public async Task<StoryAssignment> AssignAsync(DetectInput item, Detection detection, CancellationToken cancellationToken = default)
    {
        var probe = _signatures.Build(item, detection, "", "");
        var recent = MostRecentPerEvent(await _index.RecentAsync(probe.Published, _options.ThreadWindow, cancellationToken), _options.MaxItemsPerEvent);
        StorySignature? best = null, bestThread = null;
        double bestScore = double.MinValue, bestThreadScore = double.MinValue;
        // An event that already holds the other stage of this news with a conflicting figure, or days apart, is a
        // different event even when one of its items (one that gave no figure) looks like this one.
        var laterStage = new HashSet<string>(StringComparer.Ordinal);
        var probeKeys = SignatureKeys.For(probe);
        var keys = new SignatureKeys[recent.Count];
        for (var i = 0; i < recent.Count; i++)
        {
            var candidate = recent[i];
            keys[i] = SignatureKeys.For(candidate);
            if (candidate.ItemId != item.Id && StorySimilarity.IsLaterReleaseStage(probe, probeKeys, candidate, keys[i])) laterStage.Add(candidate.StoryId);
        }
        for (var i = 0; i < recent.Count; i++)
        {
            var candidate = recent[i];
            if (candidate.ItemId == item.Id) continue;
            var threadScore = StorySimilarity.ThreadScore(probe, probeKeys, candidate, keys[i]);
            if (threadScore > bestThreadScore) { bestThreadScore = threadScore; bestThread = candidate; }
            if ((probe.Published - candidate.Published).Duration() > _options.EventWindow || laterStage.Contains(candidate.StoryId)) continue;
            var score = StorySimilarity.Score(probe, probeKeys, candidate, keys[i]);
            if (score > bestScore) { bestScore = score; best = candidate; }
        }

        StoryAssignment assignment;
        if (best is not null && bestScore >= _options.EventThreshold)
        {
            var change = best.Stage == probe.Stage ? StoryChange.Repeat : StoryChange.Update;
            assignment = new StoryAssignment { StoryId = best.StoryId, ThreadId = best.ThreadId, Change = change, Similarity = bestScore };
        }
        else if (bestThread is not null && bestThreadScore >= _options.ThreadThreshold)
        {
            assignment = new StoryAssignment { StoryId = NewId(item), ThreadId = bestThread.ThreadId, Change = StoryChange.Update, Similarity = bestThreadScore };
        }
        else
        {
            var id = NewId(item);
            assignment = new StoryAssignment { StoryId = id, ThreadId = id, Change = StoryChange.New, Similarity = Math.Max(0, Math.Max(bestScore, bestThreadScore)) };
        }
        await _index.AddAsync(probe with { StoryId = assignment.StoryId, ThreadId = assignment.ThreadId }, cancellationToken);
        return assignment;
    }

    /// <summary>
    /// The <paramref name="perEvent"/> most recently published items of each event (and any published at the same
    /// moment as the last of them), in the order given. Copies of a big story resemble each other, and a new copy most
    /// resembles the latest ones; without the cap every assignment compares with every copy, so a story carried by
    /// hundreds of feeds makes each assignment (a serial step, under the story lease) slower for a month.
    /// </summary>
    internal static IReadOnlyList<StorySignature> MostRecentPerEvent(IReadOnlyList<StorySignature> recent, int perEvent)
    {
        if (perEvent <= 0 || recent.Count <= perEvent) return recent;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in recent) CollectionsMarshal.GetValueRefOrAddDefault(counts, s.StoryId, out _)++;
        // For each event over the cap, its perEvent latest publication times, smallest first: [0] is the cut.
        Dictionary<string, long[]>? latest = null;
        foreach (var (story, count) in counts)
        {
            if (count <= perEvent) continue;
            latest ??= new Dictionary<string, long[]>(StringComparer.Ordinal);
            latest[story] = Enumerable.Repeat(long.MinValue, perEvent).ToArray();
        }
        if (latest is null) return recent;
        foreach (var s in recent)
        {
            if (!latest.TryGetValue(s.StoryId, out var top) || s.Published.UtcTicks <= top[0]) continue;
            var i = 0;
            for (; i + 1 < top.Length && top[i + 1] < s.Published.UtcTicks; i++) top[i] = top[i + 1];
            top[i] = s.Published.UtcTicks;
        }
        var kept = new List<StorySignature>();
        foreach (var s in recent)
        {
            if (!latest.TryGetValue(s.StoryId, out var top) || s.Published.UtcTicks >= top[0]) kept.Add(s);
        }
        return kept;
    }

    /// <summary>Story ids sort by time and are unique per first item: "s-20251213-" plus a hash of the item id.</summary>
    private static string NewId(DetectInput item)
    {
        var at = (item.Published ?? DateTimeOffset.UtcNow).UtcDateTime;
        var hash = System.IO.Hashing.XxHash64.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(item.Id));
        return $"s-{at:yyyyMMdd}-{hash:x16}";
    }
}

/// <summary>Thresholds and windows of the story clusterer (tuned on the labelled dev set).</summary>
public sealed record StoryOptions
{
    public double EventThreshold { get; init; } = 0.34;
    public double ThreadThreshold { get; init; } = 0.33;
    public TimeSpan EventWindow { get; init; } = TimeSpan.FromDays(7);
    public TimeSpan ThreadWindow { get; init; } = TimeSpan.FromDays(30);
    /// <summary>An item is compared with at most this many items of each event, the most recently published.</summary>
    public int MaxItemsPerEvent { get; init; } = 32;
}
