using System.Buffers;
using System.Text;

namespace Alerts.Extract;

/// <summary>Whitespace and comparison helpers shared by the extractor, metadata reader and listing parser.</summary>
public static class TextNormalizer
{
    /// <summary>Collapses every run of whitespace (including no-break spaces) into one space and trims.</summary>
    public static string Collapse(string text)
    {
        if (IsCollapsed(text)) return text;
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Collapses inner whitespace like <see cref="Collapse"/> but keeps one leading and one trailing space where the
    /// text had whitespace there: inline text nodes are separated by those spaces. Whitespace-only text becomes " ".
    /// Writes the result once, and not at all when the text is already in that form.
    /// </summary>
    public static string CollapseKeepingEdges(string text) => CollapseKeepingEdges(text.AsSpan(), text);

    /// <inheritdoc cref="CollapseKeepingEdges(string)"/>
    public static string CollapseKeepingEdges(ReadOnlySpan<char> text) => CollapseKeepingEdges(text, null);

    private static string CollapseKeepingEdges(ReadOnlySpan<char> text, string? original)
    {
        if (text.Length == 0) return "";
        // Most text nodes are prose with single spaces, padded by the page's indentation: only the edges change.
        // Two vectorised searches prove that, and the result is then one copy.
        var core = TrimCollapsible(text);
        if (core.Length == 0) return " ";
        if (core.IndexOfAny(CollapsibleExceptSpace) < 0 && core.IndexOf("  ", StringComparison.Ordinal) < 0)
        {
            var lead = IsEdgeSpace(text[0]);
            var trail = IsEdgeSpace(text[^1]);
            var length = core.Length + (lead ? 1 : 0) + (trail ? 1 : 0);
            if (original != null && length == original.Length && (!lead || original[0] == ' ') && (!trail || original[^1] == ' ')) return original;
            if (!lead && !trail) return new string(core);
            return string.Concat(lead ? " " : "", core, trail ? " " : "");
        }
        return CollapseSlowly(text, original);
    }

    private static ReadOnlySpan<char> TrimCollapsible(ReadOnlySpan<char> text)
    {
        int start = 0, end = text.Length;
        while (start < end && IsCollapsible(text[start])) start++;
        while (end > start && IsCollapsible(text[end - 1])) end--;
        return text[start..end];
    }

    /// <summary>Every character <see cref="IsCollapsible"/> accepts but the plain space.</summary>
    private static readonly SearchValues<char> CollapsibleExceptSpace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => c != ' ' && IsCollapsible(c)).ToArray());

    private static string CollapseSlowly(ReadOnlySpan<char> text, string? original)
    {
        char[]? rented = null;
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var length = 0;
            var pendingSpace = IsEdgeSpace(text[0]);
            var wroteCore = false;
            foreach (var c in text)
            {
                if (IsCollapsible(c))
                {
                    pendingSpace |= wroteCore;
                    continue;
                }
                if (pendingSpace) buffer[length++] = ' ';
                pendingSpace = false;
                wroteCore = true;
                buffer[length++] = c;
            }
            if (!wroteCore) return " ";
            if (IsEdgeSpace(text[^1])) buffer[length++] = ' ';
            var result = buffer[..length];
            return original != null && result.SequenceEqual(original) ? original : new string(result);
        }
        finally
        {
            if (rented != null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static bool IsCollapsible(char c) => char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B';

    private static bool IsEdgeSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0';

    /// <summary>True when the text has no leading, trailing, doubled or non-space whitespace: most text nodes.</summary>
    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0) return true;
        if (text[0] == ' ' || text[^1] == ' ') return false;
        var previousSpace = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace) return false;
                previousSpace = true;
            }
            else if (c < '!' || c == '\u00A0' || c == '\u200B' || (c > '~' && char.IsWhiteSpace(c))) return false;
            else previousSpace = false;
        }
        return true;
    }

    /// <summary>
    /// Lower-cased, whitespace-collapsed, with typographic quotes and dashes mapped to ASCII, so two renderings
    /// of one title or name compare equal.
    /// </summary>
    public static string ForComparison(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var raw in Collapse(Normalize(text, NormalizationForm.FormKC)))
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    /// <summary>
    /// string.Normalize throws on a lone surrogate, which a numeric entity such as &amp;#xD800; or a broken feed
    /// can produce; such text is normalised with each lone surrogate replaced by U+FFFD instead.
    /// </summary>
    public static string Normalize(string text, NormalizationForm form)
    {
        if (!HasLoneSurrogate(text)) return text.Normalize(form);
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars).Normalize(form);
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else return true;
        }
        return false;
    }

    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord) { inWord = true; words++; }
        }
        return words;
    }
}
