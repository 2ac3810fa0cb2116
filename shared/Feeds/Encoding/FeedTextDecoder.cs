using System.Text;
using TextEncoding = System.Text.Encoding;

namespace Alerts.Feeds.Encoding;

/// <summary>
/// Turns feed bytes into text. Order of trust: a byte-order mark, then the byte pattern of UTF-16/32 without
/// one, then the HTTP charset and the XML declaration (when they disagree, the one the bytes agree with),
/// then UTF-8 if the bytes are valid UTF-8, else windows-1252. Finally repairs text that was UTF-8-encoded twice.
/// </summary>
internal static class FeedTextDecoder
{
    static FeedTextDecoder() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <returns>The text; the caller disposes it when done (its buffer is pooled).</returns>
    public static FeedText Decode(ReadOnlySpan<byte> bytes, string? httpCharset, List<string> problems)
    {
        var (bomEncoding, bomLength) = FromByteOrderMark(bytes);
        if (bomEncoding is not null) return Repair(FeedText.Decode(bomEncoding, bytes[bomLength..]), problems);
        var sniffed = FromBytePattern(bytes);
        if (sniffed is not null) return Repair(FeedText.Decode(sniffed, bytes), problems);

        var declared = XmlDeclaration.Encoding(bytes);
        var fromHttp = Lookup(httpCharset);
        var fromDeclaration = Lookup(declared);
        if (httpCharset is not null && fromHttp is null) problems.Add($"unknown HTTP charset '{httpCharset}' ignored");
        if (declared is not null && fromDeclaration is null) problems.Add($"unknown encoding '{declared}' in the XML declaration ignored");

        var validUtf8 = IsValidUtf8(bytes);
        TextEncoding chosen;
        if (fromHttp is not null && fromDeclaration is not null && fromHttp.CodePage != fromDeclaration.CodePage)
        {
            // The bytes arbitrate: valid UTF-8 means the UTF-8 claim is right; invalid means the other one is.
            chosen = (IsUtf8(fromHttp), IsUtf8(fromDeclaration)) switch
            {
                (true, _) or (_, true) when validUtf8 => System.Text.Encoding.UTF8,
                (true, _) => fromDeclaration,
                (_, true) => fromHttp,
                _ => fromDeclaration,
            };
            problems.Add($"HTTP charset {fromHttp.WebName} disagrees with the XML declaration {fromDeclaration.WebName}; read as {chosen.WebName}");
        }
        else
        {
            chosen = fromHttp ?? fromDeclaration ?? (validUtf8 ? System.Text.Encoding.UTF8 : System.Text.Encoding.GetEncoding(1252));
        }
        if (IsUtf8(chosen) && !validUtf8)
        {
            chosen = System.Text.Encoding.GetEncoding(1252);
            problems.Add("the input declares UTF-8 but is not valid UTF-8; read as windows-1252");
        }
        return Repair(FeedText.Decode(chosen, bytes), problems);
    }

    /// <summary>Labels already looked up (a feed reader sees the same few again and again); null for unknown ones.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TextEncoding?> ByLabel = new(StringComparer.Ordinal);

    public static TextEncoding? Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        if (ByLabel.TryGetValue(name, out var known)) return known;
        var found = LookupUncached(name);
        // Bounded: labels come from input, so an endless stream of made-up ones must not grow the cache.
        if (ByLabel.Count < 256) ByLabel.TryAdd(name, found);
        return found;
    }

    private static TextEncoding? LookupUncached(string name)
    {
        name = name.Trim().Trim('"', '\'');
        try
        {
            // Labels servers send that .NET does not know by that spelling.
            return name.ToLowerInvariant() switch
            {
                "utf8" => System.Text.Encoding.UTF8,
                "latin1" or "latin-1" or "iso-8859-1" or "iso8859-1" or "us-ascii" or "ascii" => System.Text.Encoding.GetEncoding(1252),
                "cp1251" or "win-1251" => System.Text.Encoding.GetEncoding(1251),
                "cp1252" => System.Text.Encoding.GetEncoding(1252),
                _ => System.Text.Encoding.GetEncoding(name),
            };
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: a label .NET knows but refuses (UTF-7, disabled for security).
            return null;
        }
    }

    private static bool IsUtf8(TextEncoding e) => e.CodePage == 65001;

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static (TextEncoding?, int) FromByteOrderMark(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (System.Text.Encoding.UTF8, 3);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return (new UTF32Encoding(false, false), 4);
        if (b.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])) return (new UTF32Encoding(true, false), 4);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, false), 2);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, false), 2);
        return (null, 0);
    }

    /// <summary>'&lt;' (or the first character) in UTF-16/32 without a BOM has a telltale pattern of zero bytes.</summary>
    private static TextEncoding? FromBytePattern(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4) return null;
        if (b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) return new UTF32Encoding(false, false);
        if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) return new UTF32Encoding(true, false);
        if (b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) return new UnicodeEncoding(false, false);
        if (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) return new UnicodeEncoding(true, false);
        return null;
    }

    private static FeedText Repair(FeedText text, List<string> problems)
    {
        var repaired = Mojibake.TryRepair(text.Span);
        if (repaired is null) return text;
        text.Dispose();
        problems.Add("text was UTF-8-encoded twice; repaired");
        return FeedText.FromString(repaired);
    }
}
