using static Alerts.Feeds.Xml.FastXmlChars;

namespace Alerts.Feeds.Xml;

/// <summary>
/// The markup <see cref="FastXmlTreeReader"/> passes over without keeping anything: the XML declaration, a DOCTYPE
/// without an internal subset, comments and processing instructions. Each method moves <c>pos</c> past what it read
/// and returns false when the markup is anything but plainly well-formed.
/// </summary>
internal static class FastXmlMarkup
{
    /// <summary>Characters XML allows in a public identifier.</summary>
    private static readonly System.Buffers.SearchValues<char> PublicIdChars = System.Buffers.SearchValues.Create(
        " \r\nabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'()+,./:=?;!*#@$_%");

    /// <summary>Everything before the root: declaration, comments, processing instructions and one DOCTYPE.</summary>
    public static bool SkipProlog(ReadOnlySpan<char> text, ref int pos)
    {
        if (text.StartsWith("<?xml") && text.Length > 5 && IsSpace(text[5]) && !SkipDeclaration(text, ref pos)) return false;
        if (!SkipMisc(text, ref pos)) return false;
        return !text[pos..].StartsWith("<!DOCTYPE") || SkipDoctype(text, ref pos) && SkipMisc(text, ref pos);
    }

    /// <summary>The XML declaration at the very start: exactly version="1.0" [encoding="name"] [standalone="yes|no"].</summary>
    private static bool SkipDeclaration(ReadOnlySpan<char> text, ref int pos)
    {
        pos = 5;
        SkipSpace(text, ref pos);
        if (!Pseudo(text, ref pos, "version", out var version) || !version.SequenceEqual("1.0")) return false;
        var spaced = SkipSpace(text, ref pos);
        if (spaced && text[pos..].StartsWith("encoding"))
        {
            if (!Pseudo(text, ref pos, "encoding", out var encoding) || encoding.IsEmpty || !char.IsAsciiLetter(encoding[0])) return false;
            foreach (var c in encoding)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-')) return false;
            }
            spaced = SkipSpace(text, ref pos);
        }
        if (spaced && text[pos..].StartsWith("standalone"))
        {
            if (!Pseudo(text, ref pos, "standalone", out var standalone) || !(standalone.SequenceEqual("yes") || standalone.SequenceEqual("no"))) return false;
            SkipSpace(text, ref pos);
        }
        if (!text[pos..].StartsWith("?>")) return false;
        pos += 2;
        return true;
    }

    private static bool Pseudo(ReadOnlySpan<char> text, ref int pos, string name, out ReadOnlySpan<char> value)
    {
        value = default;
        if (!text[pos..].StartsWith(name)) return false;
        pos += name.Length;
        SkipSpace(text, ref pos);
        if (pos >= text.Length || text[pos] != '=') return false;
        pos++;
        SkipSpace(text, ref pos);
        return Literal(text, ref pos, out value);
    }

    /// <summary>A quoted literal; <paramref name="value"/> is what is between the quotes.</summary>
    private static bool Literal(ReadOnlySpan<char> text, ref int pos, out ReadOnlySpan<char> value)
    {
        value = default;
        if (pos >= text.Length || text[pos] is not ('"' or '\'')) return false;
        var close = text[(pos + 1)..].IndexOf(text[pos]);
        if (close < 0) return false;
        value = text.Slice(pos + 1, close);
        pos += close + 2;
        return true;
    }

    /// <summary>
    /// &lt;!DOCTYPE name [SYSTEM "uri" | PUBLIC "id" "uri"]&gt;, as old RSS 0.91 feeds carry it. XmlReader ignores the DTD
    /// and resolves nothing; a DOCTYPE with an internal subset (entities, defaults) is left to it.
    /// </summary>
    private static bool SkipDoctype(ReadOnlySpan<char> text, ref int pos)
    {
        pos += "<!DOCTYPE".Length;
        if (!SkipSpace(text, ref pos)) return false;
        var length = Name(text, pos, out _);
        if (length == 0) return false;
        pos += length;
        var spaced = SkipSpace(text, ref pos);
        if (spaced && text[pos..].StartsWith("PUBLIC"))
        {
            pos += "PUBLIC".Length;
            if (!SkipSpace(text, ref pos) || !Literal(text, ref pos, out var publicId) || publicId.ContainsAnyExcept(PublicIdChars)) return false;
            if (!SkipSpace(text, ref pos) || !Literal(text, ref pos, out _)) return false;
            SkipSpace(text, ref pos);
        }
        else if (spaced && text[pos..].StartsWith("SYSTEM"))
        {
            pos += "SYSTEM".Length;
            if (!SkipSpace(text, ref pos) || !Literal(text, ref pos, out _)) return false;
            SkipSpace(text, ref pos);
        }
        if (pos >= text.Length || text[pos] != '>') return false;
        pos++;
        return true;
    }

    /// <summary>Whitespace, comments and processing instructions, as allowed before and after the root.</summary>
    public static bool SkipMisc(ReadOnlySpan<char> text, ref int pos)
    {
        while (true)
        {
            SkipSpace(text, ref pos);
            if (pos + 1 >= text.Length || text[pos] != '<' || text[pos + 1] is not ('!' or '?')) return true;
            if (text[pos..].StartsWith("<!DOCTYPE")) return true; // for the caller to judge
            if (!SkipCommentOrPi(text, ref pos)) return false;
        }
    }

    /// <summary>A comment or processing instruction at <paramref name="pos"/>; false if it is anything else or ill-formed.</summary>
    public static bool SkipCommentOrPi(ReadOnlySpan<char> text, ref int pos)
    {
        var rest = text[pos..];
        if (rest.StartsWith("<!--"))
        {
            var dashes = rest[4..].IndexOf("--");
            if (dashes < 0 || 4 + dashes + 2 >= rest.Length || rest[4 + dashes + 2] != '>') return false; // "--" inside a comment
            pos += 4 + dashes + 3;
            return true;
        }
        if (!rest.StartsWith("<?")) return false;
        var length = Name(rest, 2, out var colon);
        if (length == 0 || colon >= 0 || rest.Slice(2, length).Equals("xml", StringComparison.OrdinalIgnoreCase)) return false;
        var after = 2 + length;
        if (!rest[after..].StartsWith("?>") && !IsSpace(rest[after])) return false;
        var end = rest[after..].IndexOf("?>");
        if (end < 0) return false;
        pos += after + end + 2;
        return true;
    }

    public static bool SkipSpace(ReadOnlySpan<char> text, ref int pos)
    {
        var start = pos;
        while (pos < text.Length && IsSpace(text[pos])) pos++;
        return pos > start;
    }
}
