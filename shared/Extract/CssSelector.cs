using System.Text;

namespace Alerts.Extract;

/// <summary>A listing-page selector that could not be understood; the message names the selector.</summary>
public sealed class SelectorException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Translates the small CSS subset listing pages need into XPath 1.0: tag, *, .class, #id, [attr], [attr=val],
/// descendant (space) and child (&gt;) combinators, and comma-separated lists.
/// </summary>
public static class CssSelector
{
    /// <param name="css">The selector.</param>
    /// <param name="relative">True to match below a context node (".//"), false to match anywhere in the document ("//").</param>
    /// <exception cref="SelectorException">Unsupported or malformed selector.</exception>
    public static string ToXPath(string css, bool relative)
    {
        if (string.IsNullOrWhiteSpace(css)) throw new SelectorException("empty CSS selector");
        var alternatives = new List<string>();
        foreach (var part in SplitTopLevel(css))
        {
            if (part.Trim().Length == 0) throw new SelectorException($"CSS selector '{css}' has an empty item in its comma list");
            alternatives.Add(TranslateOne(part.Trim(), css, relative));
        }
        return string.Join(" | ", alternatives);
    }

    private static string TranslateOne(string selector, string whole, bool relative)
    {
        var xpath = new StringBuilder(relative ? "." : "");
        var i = 0;
        var axis = "//";
        var expectCompound = true;
        while (i < selector.Length)
        {
            var c = selector[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '>')
            {
                if (expectCompound) throw Error(whole, $"'>' at position {i} has nothing on its left");
                axis = "/";
                expectCompound = true;
                i++;
                continue;
            }
            if (!expectCompound)
            {
                axis = "//"; // a space between two compounds is the descendant combinator
            }
            xpath.Append(axis).Append(ReadCompound(selector, ref i, whole));
            expectCompound = false;
            axis = "//";
        }
        if (expectCompound) throw Error(whole, "it ends with a combinator");
        return xpath.ToString();
    }

    private static string ReadCompound(string s, ref int i, string whole)
    {
        var tag = "*";
        var predicates = new List<string>();
        if (s[i] == '*') i++;
        else if (IsNameChar(s[i])) tag = ReadName(s, ref i).ToLowerInvariant();
        while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] != '>')
        {
            var c = s[i];
            if (c == '.')
            {
                i++;
                var cls = ReadName(s, ref i);
                if (cls.Length == 0) throw Error(whole, $"'.' at position {i - 1} is not followed by a class name");
                predicates.Add($"contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')");
            }
            else if (c == '#')
            {
                i++;
                var id = ReadName(s, ref i);
                if (id.Length == 0) throw Error(whole, $"'#' at position {i - 1} is not followed by an id");
                predicates.Add($"@id='{id}'");
            }
            else if (c == '[') predicates.Add(ReadAttribute(s, ref i, whole));
            else throw Error(whole, $"unsupported character '{c}' at position {i}");
        }
        return tag + string.Concat(predicates.Select(p => "[" + p + "]"));
    }

    private static string ReadAttribute(string s, ref int i, string whole)
    {
        var start = i;
        i++; // '['
        var name = ReadName(s, ref i);
        if (name.Length == 0) throw Error(whole, $"attribute selector at position {start} has no name");
        if (i < s.Length && s[i] == ']') { i++; return "@" + name.ToLowerInvariant(); }
        if (i >= s.Length || s[i] != '=') throw Error(whole, $"attribute selector at position {start} supports only [attr] and [attr=value]");
        i++;
        string value;
        if (i < s.Length && s[i] is '"' or '\'')
        {
            var quote = s[i];
            var close = s.IndexOf(quote, i + 1);
            if (close < 0) throw Error(whole, $"unclosed quote at position {i}");
            value = s[(i + 1)..close];
            i = close + 1;
        }
        else value = ReadName(s, ref i);
        if (i >= s.Length || s[i] != ']') throw Error(whole, $"attribute selector at position {start} is not closed with ']'");
        i++;
        if (value.Contains('\'')) throw Error(whole, "attribute values with a single quote are not supported");
        return $"@{name.ToLowerInvariant()}='{value}'";
    }

    private static string ReadName(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && IsNameChar(s[i])) i++;
        return s[start..i];
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';

    private static IEnumerable<string> SplitTopLevel(string css)
    {
        var depth = 0;
        char quote = '\0';
        var start = 0;
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '"' or '\'') quote = c;
            else if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == ',' && depth == 0)
            {
                yield return css[start..i];
                start = i + 1;
            }
        }
        yield return css[start..];
    }

    private static SelectorException Error(string selector, string why) => new($"CSS selector '{selector}': {why}");
}
