using System.Buffers;

namespace Alerts.Feeds.Xml;

/// <summary>
/// The character-level half of <see cref="FastXmlTreeReader"/>: which characters a document may hold, names, and
/// character data decoded as <see cref="System.Xml.XmlReader"/> reports it (references expanded, line ends
/// normalised). Every method answers "not sure" (false or null) rather than guess; the caller then leaves the
/// document to XmlReader.
/// </summary>
internal static class FastXmlChars
{
    /// <summary>C0 controls other than tab, line feed and carriage return: never allowed in XML 1.0, even as references.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&\r]");
    private static readonly SearchValues<char> TextStops = SearchValues.Create("<&\r]");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&\r\n\t<");

    /// <summary>Name characters this reader is sure of: ASCII letters, digits, '_', '-', '.', ':'. Anything else makes it give up.</summary>
    private static readonly SearchValues<char> NameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:");

    /// <summary>
    /// True when every character of the document is one XML 1.0 allows: no C0 control but tab and line ends, no
    /// U+FFFE/U+FFFF, surrogates only in pairs. Checked once up front so the scanner need not check each run.
    /// </summary>
    public static bool AllAllowed(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(Controls)) return false;
        // One pass finds surrogates, U+FFFE/U+FFFF and the harmless private-use and compatibility characters around them.
        for (var i = text.IndexOfAnyInRange('\uD800', '\uFFFF'); i >= 0;)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (c is < '\uE000' or > '\uFFFD') return false;
            var next = text[(i + 1)..].IndexOfAnyInRange('\uD800', '\uFFFF');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return true;
    }

    public static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\r';

    /// <summary>
    /// The length of the ASCII name at <paramref name="start"/> (0 when there is none or it is not plainly valid), with the
    /// position of its one colon or -1. The name must end at a character that cannot continue a name.
    /// </summary>
    public static int Name(ReadOnlySpan<char> text, int start, out int colon)
    {
        colon = -1;
        if (start >= text.Length || !char.IsAsciiLetter(text[start]) && text[start] != '_') return 0;
        var rest = text[start..];
        var length = rest.IndexOfAnyExcept(NameChars);
        if (length < 0 || rest[length] >= '\u0080') return 0; // a non-ASCII character may continue the name: unsure
        var name = rest[..length];
        colon = name.IndexOf(':');
        if (colon < 0) return length;
        if (colon == length - 1 || name[(colon + 1)..].Contains(':') || !char.IsAsciiLetter(name[colon + 1]) && name[colon + 1] != '_') return 0;
        return length;
    }

    /// <summary>
    /// Where the text at the start of <paramref name="rest"/> ends (the next '&lt;', -1 if none), found in one pass when
    /// the text is plain: no reference, carriage return or ']' that would need <see cref="Text"/>.
    /// </summary>
    public static int TextEnd(ReadOnlySpan<char> rest, out bool plain)
    {
        var stop = rest.IndexOfAny(TextStops);
        plain = stop >= 0 && rest[stop] == '<';
        if (plain || stop < 0) return stop;
        var end = rest[stop..].IndexOf('<');
        return end < 0 ? -1 : stop + end;
    }

    /// <summary>Text content up to the next '&lt;': references expanded, line ends as "\n"; null if ill-formed ("]]&gt;", a bad reference).</summary>
    public static string? Text(ReadOnlySpan<char> raw) => raw.ContainsAny(TextSpecials) ? Decode(raw, attribute: false) : new string(raw);

    /// <summary>An attribute value between its quotes, normalised as XmlReader does (line ends and tabs become spaces); null if ill-formed.</summary>
    public static string? AttributeValue(ReadOnlySpan<char> raw) => raw.ContainsAny(AttributeSpecials) ? Decode(raw, attribute: true) : new string(raw);

    /// <summary>CDATA content: only line ends change.</summary>
    public static string CData(ReadOnlySpan<char> raw) => raw.Contains('\r') ? raw.ToString().Replace("\r\n", "\n").Replace('\r', '\n') : new string(raw);

    private static string? Decode(ReadOnlySpan<char> raw, bool attribute)
    {
        // Decoding never lengthens: a reference is longer than its one or two characters, "\r\n" becomes one.
        var rented = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            var output = rented.AsSpan();
            var length = 0;
            var i = 0;
            var specials = attribute ? AttributeSpecials : TextSpecials;
            while (true)
            {
                // Copy the plain run up to the next special character in one go, then handle that character.
                var run = raw[i..].IndexOfAny(specials);
                if (run < 0) run = raw.Length - i;
                raw.Slice(i, run).CopyTo(output[length..]);
                length += run;
                i += run;
                if (i >= raw.Length) break;
                var c = raw[i];
                switch (c)
                {
                    case '&':
                        var end = raw[i..].IndexOf(';');
                        if (end < 0 || !Reference(raw.Slice(i + 1, end - 1), output, ref length)) return null;
                        i += end + 1;
                        continue;
                    case '\r':
                        if (i + 1 < raw.Length && raw[i + 1] == '\n') i++;
                        c = attribute ? ' ' : '\n';
                        break;
                    case '\n' or '\t':
                        c = ' '; // only attributes stop at these
                        break;
                    case '<':
                        return null; // only attributes stop at this
                    case ']' when raw[i..].StartsWith("]]>"):
                        return null;
                }
                output[length++] = c;
                i++;
            }
            return new string(output[..length]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Writes the character(s) of a predefined entity or character reference (the text between '&amp;' and ';').</summary>
    private static bool Reference(ReadOnlySpan<char> name, Span<char> output, ref int length)
    {
        char single = name switch
        {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => '\0',
        };
        if (single != '\0')
        {
            output[length++] = single;
            return true;
        }
        if (name.Length < 2 || name.Length > 10 || name[0] != '#') return false;
        var hex = name[1] == 'x';
        var digits = name[(hex ? 2 : 1)..];
        if (digits.IsEmpty) return false;
        var value = 0;
        foreach (var d in digits)
        {
            int digit = d is >= '0' and <= '9' ? d - '0' : hex && char.IsAsciiHexDigit(d) ? (d | 0x20) - 'a' + 10 : -1;
            if (digit < 0) return false;
            value = value * (hex ? 16 : 10) + digit;
            if (value > 0x10FFFF) return false;
        }
        if (!(value is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or >= 0x10000)) return false;
        length += new System.Text.Rune(value).EncodeToUtf16(output[length..]);
        return true;
    }
}
