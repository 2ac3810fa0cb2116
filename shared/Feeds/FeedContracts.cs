namespace Alerts.Feeds;

/// <summary>One item of any feed format, after its format adapter. Links are absolute, dates UTC.</summary>
public sealed record FeedEntry
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    /// <summary>True when the feed gave no usable date and the pipeline fell back to first-seen time.</summary>
    public bool DateMissing { get; init; }
    /// <summary>Plain or HTML text as the feed gave it (already unescaped once).</summary>
    public string? Summary { get; init; }
    public string? Content { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<FeedEnclosure> Enclosures { get; init; } = [];
    public string? Language { get; init; }
}

public sealed record FeedEnclosure(string Url, string? Type, long? Length);

/// <summary>A parsed feed. <see cref="IllFormed"/> marks input that was recovered rather than parsed cleanly.</summary>
public sealed record ParsedFeed
{
    /// <summary>rss0.90, rss0.91, rss0.92, rss0.93, rss0.94, rss2.0, rdf, atom0.3, atom1.0, jsonfeed1.0, jsonfeed1.1</summary>
    public required string Format { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    public string? Language { get; init; }
    public bool IllFormed { get; init; }
    /// <summary>What was wrong with the input and how it was recovered; one line each.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
    public IReadOnlyList<FeedEntry> Items { get; init; } = [];
}

/// <summary>
/// The documented parse error: the input is not a feed in any format we can recover. Its message is one line
/// (logs and the parse-feed command print it as such), even when it quotes a piece of the input.
/// </summary>
public sealed class FeedParseException(string message, Exception? inner = null) : Exception(OneLine(message), inner)
{
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

public interface IFeedParser
{
    /// <summary>Detects the format by content. <paramref name="httpCharset"/> is the charset from Content-Type, if any.</summary>
    /// <exception cref="FeedParseException">Nothing recoverable.</exception>
    ParsedFeed Parse(ReadOnlySpan<byte> content, string? httpCharset = null, Uri? baseUri = null);
}
