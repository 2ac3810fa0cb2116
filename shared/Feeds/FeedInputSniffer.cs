namespace Alerts.Feeds;

/// <summary>Tells at a glance what kind of document decoded text is, to refuse non-feeds with a clear reason.</summary>
internal static class FeedInputSniffer
{
    public enum Kind { Json, Xml }

    public static Kind Classify(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF')) start++;
        if (start == text.Length) throw new FeedParseException("not a feed: the input is empty");
        if (LooksBinary(text, start)) throw new FeedParseException("not a feed: the input is binary data");
        var first = text[start];
        if (first == '{') return Kind.Json;
        if (first == '[') throw new FeedParseException("not a feed: a JSON array, not a JSON Feed object");
        var lt = text[start..].IndexOf('<');
        if (lt < 0) throw new FeedParseException("not a feed: plain text without markup");
        lt += start;
        var head = text.Slice(lt, Math.Min(200, text.Length - lt));
        if (head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            throw new FeedParseException("not a feed: an HTML page");
        }
        return Kind.Xml;
    }

    private static readonly System.Buffers.SearchValues<char> Suspicious = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFD");

    /// <summary>More than 10% control or replacement characters in the first kilobyte.</summary>
    private static bool LooksBinary(ReadOnlySpan<char> text, int start)
    {
        var end = Math.Min(text.Length, start + 1024);
        // Text nearly always has none at all: one vectorised search settles it before any counting.
        if (text[start..end].IndexOfAny(Suspicious) < 0) return false;
        var bad = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r')) || c == '\uFFFD') bad++;
        }
        return bad * 10 > end - start;
    }
}
