using System.Text;

namespace Alerts.Feeds.Encoding;

/// <summary>
/// Detects and undoes UTF-8 that was decoded as windows-1252/latin-1 and encoded to UTF-8 again ("Ã©" for "é",
/// "Ð¿" for "п"). Only repairs when every character maps back to one byte and those bytes are valid UTF-8,
/// so genuine Latin text is left alone.
/// </summary>
internal static class Mojibake
{
    private static readonly Dictionary<char, byte> Windows1252High = BuildHighTable();

    public static string? TryRepair(ReadOnlySpan<char> text)
    {
        if (!LooksDoubleEncoded(text)) return null;
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80 || (c >= 0xA0 && c <= 0xFF) || (c >= 0x80 && c <= 0x9F)) bytes[i] = (byte)c;
            else if (Windows1252High.TryGetValue(c, out var b)) bytes[i] = b;
            else return null;
        }
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>A lead byte of a 2-4 byte UTF-8 sequence (as latin-1 Â..ô) followed by a continuation byte.</summary>
    private static bool LooksDoubleEncoded(ReadOnlySpan<char> text)
    {
        var pairs = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            // Most feed text has no lead-byte look-alike at all: jump to the next candidate with a vectorised search.
            var skip = text[i..].IndexOfAnyInRange('\u00C2', '\u00F4');
            if (skip < 0) return false;
            i += skip;
            if (i + 1 >= text.Length) return false;
            var next = text[i + 1];
            if ((next >= 0x80 && next <= 0xBF) || Windows1252High.ContainsKey(next))
            {
                if (++pairs >= 2) return true;
            }
        }
        return false;
    }

    private static Dictionary<char, byte> BuildHighTable()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1252 = System.Text.Encoding.GetEncoding(1252);
        var table = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0x9F; b++)
        {
            var c = cp1252.GetString([(byte)b])[0];
            if (c != (char)b) table[c] = (byte)b;
        }
        return table;
    }
}
