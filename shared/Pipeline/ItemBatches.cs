using System.Text;

namespace Alerts.Pipeline;

/// <summary>How FetchFeed packs new items into messages of the items queue.</summary>
public sealed record ItemBatchOptions
{
    /// <summary>
    /// At most this many items per message. A message per item costs a send, a receive, a delete and an invocation
    /// each; a feed's first fetch brings dozens. AnalyzeItem judges a message's items side by side, so this also
    /// bounds how many items one invocation holds.
    /// </summary>
    public int ItemsPerMessage { get; init; } = DefaultItemsPerMessage;

    public const int DefaultItemsPerMessage = 8;

    /// <summary>
    /// A queue message holds 64 KiB; this leaves room for the service's XML envelope and escaping. An item larger
    /// than this on its own has its content, then its summary, cut to fit (the title and link always go through).
    /// </summary>
    public int MaxMessageBytes { get; init; } = 48 * 1024;

    public const int MaxItemsPerMessage = 32;
}

/// <summary>
/// Packs items into items-queue messages. A message with one item is a bare <see cref="ItemMessage"/>, the shape the
/// queue always carried, so a lone new item (the usual poll) reads the same to every version of AnalyzeItem; two or
/// more go in one <see cref="ItemBatchMessage"/>.
/// </summary>
public static class ItemBatches
{
    public sealed record Packed(IReadOnlyList<string> Messages, int Trimmed);

    public static Packed Pack(IEnumerable<ItemMessage> items, ItemBatchOptions options)
    {
        var perMessage = Math.Clamp(options.ItemsPerMessage, 1, ItemBatchOptions.MaxItemsPerMessage);
        var messages = new List<string>();
        var batch = new List<string>();
        var batchBytes = 0;
        var trimmed = 0;
        foreach (var original in items)
        {
            // Each item is serialised once; a batch message is its items' JSON joined, in the shape of ItemBatchMessage.
            var (json, cut) = FitAlone(original, options.MaxMessageBytes);
            if (cut) trimmed++;
            var bytes = Utf8Length(json);
            // The batch's own envelope ({"items":[...]}) and the commas cost a few bytes per item.
            if (batch.Count > 0 && (batch.Count == perMessage || batchBytes + bytes + 16 > options.MaxMessageBytes))
            {
                messages.Add(Join(batch));
                batch = [];
                batchBytes = 0;
            }
            batch.Add(json);
            batchBytes += bytes + 1;
        }
        if (batch.Count > 0) messages.Add(Join(batch));
        return new Packed(messages, trimmed);
    }

    private static string Join(List<string> batch) => batch.Count == 1 ? batch[0] : "{\"items\":[" + string.Join(',', batch) + "]}";

    /// <summary>
    /// The item's JSON when its message fits; otherwise that of a copy whose content (then summary) is halved until it
    /// does, and whether a cut was made.
    /// Detection reads the title and the opening of the text, so the cut loses the least that matters; sending the
    /// item whole would fail the send, and with it every fetch of that feed.
    /// </summary>
    internal static (string Json, bool Cut) FitAlone(ItemMessage item, int maxBytes)
    {
        var json = PipelineJson.Serialize(item);
        var fitted = item;
        while (Utf8Length(json) > maxBytes)
        {
            if (fitted.Content is { Length: > 0 } content) fitted = fitted with { Content = Half(content) };
            else if (fitted.Summary is { Length: > 0 } summary) fitted = fitted with { Summary = Half(summary) };
            else if (fitted.Title.Length > 0) fitted = fitted with { Title = Half(fitted.Title) };
            else break;   // only the key, link and names are left: nothing more to cut
            json = PipelineJson.Serialize(fitted);
        }
        return (json, !ReferenceEquals(fitted, item));
    }

    /// <summary>The first half, not splitting a surrogate pair (an unpaired half would not serialise back).</summary>
    private static string Half(string text)
    {
        if (text.Length < 2) return "";
        var cut = text.Length / 2;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return text[..cut];
    }

    private static int Utf8Length(string json) => Encoding.UTF8.GetByteCount(json);
}
