namespace Alerts.Feeds.Xml;

/// <summary>
/// Refuses documents whose DTD declares entities before any parser sees them: that is how entity-expansion
/// ("billion laughs") and external-entity (XXE) attacks work, and no real feed needs it. The check reads only
/// the prolog, so it costs nothing on ordinary feeds and bounds memory on hostile ones.
/// </summary>
internal static class DoctypeGuard
{
    public static void Check(string text)
    {
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (doctype < 0) return;
        var firstElement = FirstElementStart(text);
        if (firstElement >= 0 && firstElement < doctype) return; // a DOCTYPE inside content is just text
        var subsetStart = text.IndexOf('[', doctype);
        var close = text.IndexOf('>', doctype);
        if (subsetStart < 0 || (close >= 0 && close < subsetStart)) return; // no internal subset
        var subsetEnd = text.IndexOf("]>", subsetStart, StringComparison.Ordinal);
        var subset = text.AsSpan(subsetStart, (subsetEnd < 0 ? text.Length : subsetEnd) - subsetStart);
        if (subset.IndexOf("<!ENTITY", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            throw new FeedParseException("refused: the document's DTD declares entities (entity expansion or external entity attack)");
        }
    }

    private static int FirstElementStart(string text)
    {
        for (var i = text.IndexOf('<'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('<', i + 1))
        {
            if (char.IsLetter(text[i + 1])) return i;
        }
        return -1;
    }
}
