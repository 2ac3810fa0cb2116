using System.Text;

namespace Alerts.Extract;

/// <summary>Turns an HTML response body into a string, finding its character encoding the way browsers do.</summary>
public static class HtmlText
{
    private const int SniffLength = 1024;

    static HtmlText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Encoding by precedence: byte order mark, then the HTTP Content-Type charset, then a &lt;meta charset&gt; or
    /// http-equiv declaration in the first 1024 bytes, else UTF-8. Undecodable bytes become U+FFFD; never throws.
    /// </summary>
    public static string Decode(byte[] body, string? httpCharset)
    {
        ArgumentNullException.ThrowIfNull(body);
        var (bom, bomLength) = FromBom(body);
        var encoding = bom ?? DetectEncoding(body, httpCharset);
        return encoding.GetString(body, bomLength, body.Length - bomLength);
    }

    /// <summary>The encoding Decode uses, for callers that report it.</summary>
    public static Encoding DetectEncoding(byte[] body, string? httpCharset)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (FromBom(body).Encoding is { } bom) return bom;
        if (Lookup(httpCharset) is { } http) return http;
        var declared = Lookup(SniffMetaCharset(body));
        // Pages re-saved as UTF-8 often keep their old legacy declaration. Multi-byte sequences that are all valid
        // UTF-8 practically never occur in legacy-encoded text, so such a body is read as UTF-8.
        if (declared != null && declared is not UTF8Encoding && IsMultiByteUtf8(body)) return new UTF8Encoding(false);
        return declared ?? new UTF8Encoding(false);
    }

    private static bool IsMultiByteUtf8(byte[] body)
    {
        var sawMultiByte = false;
        for (var i = 0; i < body.Length; i++)
        {
            var b = body[i];
            if (b < 0x80) continue;
            int extra = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (extra < 0 || i + extra >= body.Length) return false;
            for (var k = 1; k <= extra; k++)
                if ((body[i + k] & 0xC0) != 0x80) return false;
            i += extra;
            sawMultiByte = true;
        }
        return sawMultiByte;
    }

    private static (Encoding? Encoding, int Length) FromBom(byte[] b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (new UTF8Encoding(false), 3);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (new UnicodeEncoding(false, false), 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (new UnicodeEncoding(true, false), 2);
        return (null, 0);
    }

    /// <summary>Maps a charset label to an encoding; unknown labels give null so the next source is tried.</summary>
    internal static Encoding? Lookup(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        label = label.Trim().Trim('"', '\'').ToLowerInvariant();
        // A page that declares UTF-16 in ASCII-compatible bytes cannot be UTF-16; browsers read it as UTF-8.
        if (label is "utf-16" or "utf-16le" or "utf-16be" or "x-user-defined") return new UTF8Encoding(false);
        if (label is "iso-8859-1" or "latin1" or "us-ascii" or "ascii") label = "windows-1252"; // what browsers do
        try
        {
            var encoding = Encoding.GetEncoding(label);
            return encoding is UTF8Encoding ? new UTF8Encoding(false) : encoding;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: a label .NET knows but refuses (UTF-7, disabled for security).
            return null;
        }
    }

    /// <summary>Looks for charset= in a meta element among the first bytes, reading them as ASCII.</summary>
    internal static string? SniffMetaCharset(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, SniffLength)).ToLowerInvariant();
        var at = 0;
        while ((at = head.IndexOf("<meta", at, StringComparison.Ordinal)) >= 0)
        {
            var end = head.IndexOf('>', at);
            if (end < 0) end = head.Length;
            var tag = head[at..end];
            at = end;
            var cs = tag.IndexOf("charset", StringComparison.Ordinal);
            if (cs < 0) continue;
            var i = cs + "charset".Length;
            while (i < tag.Length && tag[i] is ' ' or '\t') i++;
            if (i >= tag.Length || tag[i] != '=') continue;
            i++;
            while (i < tag.Length && tag[i] is ' ' or '\t' or '"' or '\'') i++;
            var start = i;
            while (i < tag.Length && (char.IsLetterOrDigit(tag[i]) || tag[i] is '-' or '_' or ':' or '.')) i++;
            if (i > start) return tag[start..i];
        }
        return null;
    }
}
