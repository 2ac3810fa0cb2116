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

    /// <summary>More than 10% control or replacement characters in the first kilobyte.</summary>
    private static bool LooksBinary(ReadOnlySpan<char> text, int start)
    {
        var end = Math.Min(text.Length, start + 1024);
        var bad = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r')) || c == '\uFFFD') bad++;
        }
        return bad * 10 > end - start;
    }
}
