using System.Buffers;
using System.Text;

namespace Alerts.Feeds.Text;

/// <summary>Turns a field that may hold HTML (escaped or not) into plain text: tags dropped, entities decoded, spaces collapsed.</summary>
internal static class PlainText
{
    public static string? FromHtml(string? html)
    {
        if (html is null) return null;
        if (html.AsSpan().IndexOfAny('<', '&') < 0) return CollapseSpaces(html);
        var sb = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && i + 1 < html.Length && (char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!' or '?'))
            {
                var close = html.IndexOf('>', i + 1);
                if (close < 0) break;
                if (IsBlockBoundary(html.AsSpan(i + 1, close - i - 1))) sb.Append(' ');
                i = close + 1;
                continue;
            }
            var next = html.IndexOf('<', i + 1);
            if (next < 0) next = html.Length;
            HtmlEntities.DecodeInto(sb, html.AsSpan(i, next - i));
            i = next;
        }
        var text = CollapseSpaces(sb.ToString());
        return text;
    }

    private static bool IsBlockBoundary(ReadOnlySpan<char> tag)
    {
        if (tag.Length > 0 && tag[0] == '/') tag = tag[1..];
        return tag.StartsWith("br", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("p", StringComparison.OrdinalIgnoreCase)
            || tag.StartsWith("div", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("li", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> counts as a space, except the plain space itself.</summary>
    private static readonly SearchValues<char> OtherWhitespace =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c)).ToArray());

    public static string CollapseSpaces(string text)
    {
        // Most text already has single plain spaces and nothing around it: found so without walking it character by character.
        var span = text.AsSpan();
        if (span.Length > 0 && span[0] != ' ' && span[^1] != ' ' && !span.ContainsAny(OtherWhitespace) && !span.Contains("  ", StringComparison.Ordinal))
        {
            return text;
        }
        var sb = (StringBuilder?)null;
        var pendingSpace = false;
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (sb is null && (c != ' ' || (i + 1 < end && char.IsWhiteSpace(text[i + 1]))))
                {
                    sb = new StringBuilder(end - start).Append(text, start, i - start);
                }
                pendingSpace = true;
                continue;
            }
            if (sb is not null)
            {
                if (pendingSpace) sb.Append(' ');
                sb.Append(c);
            }
            pendingSpace = false;
        }
        if (sb is not null) return sb.ToString();
        return start == 0 && end == text.Length ? text : text[start..end];
    }
}
