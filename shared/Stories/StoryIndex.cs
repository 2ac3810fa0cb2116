namespace Alerts.Stories;

/// <summary>
/// What the clusterer keeps of one assigned item: the cheap signals it compares later items against, and where the
/// item landed. Everything is plain strings and numbers so an index can store it in a table row.
/// </summary>
public sealed record StorySignature
{
    public required string ItemId { get; init; }
    public required string StoryId { get; init; }
    public required string ThreadId { get; init; }
    public required DateTimeOffset Published { get; init; }
    public string Lang { get; init; } = "";
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>Release stage and/or sanctions action, e.g. "talks", "imposed", "confirmed+eased".</summary>
    public string Stage { get; init; } = "";
    public IReadOnlyList<string> Countries { get; init; } = [];
    public int? Count { get; init; }
    /// <summary>Name keys that survive transliteration ("Бяляцкі" and "Bialiatski" share one).</summary>
    public IReadOnlyList<string> Names { get; init; } = [];
    /// <summary>Figures stated in the text (123, 553, the 19 of "19th package").</summary>
    public IReadOnlyList<string> Numbers { get; init; } = [];
    /// <summary>Stemmed content words, compared only between items of one language.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];
    /// <summary>SimHash of word pairs: near-identical copies differ in a few bits.</summary>
    public ulong SimHash { get; init; }
}

/// <summary>Recent story signatures: where the clusterer looks for the story a new item belongs to.</summary>
public interface IStoryIndex
{
    /// <summary>Signatures published within <paramref name="window"/> before or after <paramref name="around"/>.</summary>
    Task<IReadOnlyList<StorySignature>> RecentAsync(DateTimeOffset around, TimeSpan window, CancellationToken cancellationToken = default);

    Task AddAsync(StorySignature signature, CancellationToken cancellationToken = default);
}
