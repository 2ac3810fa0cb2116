namespace Alerts.Feeds.Xml;

/// <summary>
/// Refuses documents whose DTD declares entities before any parser sees them: that is how entity-expansion
/// ("billion laughs") and external-entity (XXE) attacks work, and no real feed needs it. The check reads only
/// the prolog, so it costs nothing on ordinary feeds and bounds memory on hostile ones.
/// </summary>
internal static class DoctypeGuard
{
    public static void Check(ReadOnlySpan<char> text)
    {
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (doctype < 0) return;
        var firstElement = FirstElementStart(text);
        if (firstElement >= 0 && firstElement < doctype) return; // a DOCTYPE inside content is just text
        var subsetStart = IndexFrom(text, '[', doctype);
        var close = IndexFrom(text, '>', doctype);
        if (subsetStart < 0 || (close >= 0 && close < subsetStart)) return; // no internal subset
        var subsetEnd = text[subsetStart..].IndexOf("]>", StringComparison.Ordinal);
        if (subsetEnd >= 0) subsetEnd += subsetStart;
        var subset = text.Slice(subsetStart, (subsetEnd < 0 ? text.Length : subsetEnd) - subsetStart);
        if (subset.IndexOf("<!ENTITY", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            throw new FeedParseException("refused: the document's DTD declares entities (entity expansion or external entity attack)");
        }
    }

    private static int FirstElementStart(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf('<'); i >= 0 && i + 1 < text.Length; i = IndexFrom(text, '<', i + 1))
        {
            if (char.IsLetter(text[i + 1])) return i;
        }
        return -1;
    }

    private static int IndexFrom(ReadOnlySpan<char> text, char c, int start)
    {
        var at = text[start..].IndexOf(c);
        return at < 0 ? -1 : at + start;
    }
}
