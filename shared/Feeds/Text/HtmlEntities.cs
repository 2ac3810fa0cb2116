using System.Text;
using AngleSharp.Html;

namespace Alerts.Feeds.Text;

/// <summary>
/// Character references as feeds really use them: the five XML ones, numeric ones, and every HTML named
/// entity (feeds use &amp;nbsp; and friends without declaring them). A bare ampersand stays literal.
/// </summary>
internal static class HtmlEntities
{
    /// <summary>Looks up a named entity (without '&amp;' and ';').</summary>
    public static string? Named(ReadOnlySpan<char> name)
    {
        switch (name)
        {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
        }
        if (name.Length is 0 or > 40) return null;
        return HtmlEntityProvider.Resolver.GetSymbol(string.Concat(name, ";"));
    }

    /// <summary>Decodes every reference in <paramref name="text"/>; returns the count of bare ampersands left as text.</summary>
    public static int DecodeInto(StringBuilder sb, ReadOnlySpan<char> text) => DecodeInto(sb, text, out _);

    /// <param name="htmlNamed">Set when a named reference other than the five XML ones was decoded.</param>
    public static int DecodeInto(StringBuilder sb, ReadOnlySpan<char> text, out bool htmlNamed)
    {
        var bare = 0;
        htmlNamed = false;
        while (true)
        {
            var amp = text.IndexOf('&');
            if (amp < 0)
            {
                sb.Append(text);
                return bare;
            }
            sb.Append(text[..amp]);
            text = text[amp..];
            var consumed = TryReference(text, sb, ref htmlNamed);
            if (consumed == 0)
            {
                sb.Append('&');
                bare++;
                consumed = 1;
            }
            text = text[consumed..];
        }
    }

    public static string Decode(string text)
    {
        if (!text.Contains('&')) return text;
        var sb = new StringBuilder(text.Length);
        DecodeInto(sb, text);
        return sb.ToString();
    }

    /// <summary>Appends the decoded reference at the start of <paramref name="text"/> and returns its length, or 0.</summary>
    private static int TryReference(ReadOnlySpan<char> text, StringBuilder sb, ref bool htmlNamed)
    {
        var semi = text.Slice(0, Math.Min(text.Length, 48)).IndexOf(';');
        if (semi < 2) return 0;
        var body = text[1..semi];
        if (body[0] == '#')
        {
            var hex = body.Length > 1 && (body[1] == 'x' || body[1] == 'X');
            var digits = body[(hex ? 2 : 1)..];
            if (!int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var code))
            {
                return 0;
            }
            code = WindowsC1(code);
            if (IsXmlChar(code)) sb.Append(char.ConvertFromUtf32(code));
            return semi + 1; // an invalid code point is dropped, not kept as text
        }
        foreach (var c in body)
        {
            if (!char.IsAsciiLetterOrDigit(c)) return 0;
        }
        var value = Named(body);
        if (value is null) return 0;
        if (body is not ("amp" or "lt" or "gt" or "quot" or "apos")) htmlNamed = true;
        sb.Append(value);
        return semi + 1;
    }

    /// <summary>&amp;#150; and friends mean the windows-1252 characters in practice, as browsers read them.</summary>
    private static int WindowsC1(int code) => code is >= 0x80 and <= 0x9F
        ? System.Text.Encoding.GetEncoding(1252).GetString([(byte)code])[0]
        : code;

    public static bool IsXmlChar(int code) =>
        code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
}
