namespace Alerts.Feeds.Encoding;

/// <summary>Reads encoding="..." from an XML declaration in an ASCII-compatible byte stream.</summary>
internal static class XmlDeclaration
{
    public static string? Encoding(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        var start = head.IndexOf("<?xml"u8);
        if (start < 0) return null;
        var end = head[start..].IndexOf("?>"u8);
        if (end < 0) return null;
        var decl = head.Slice(start, end);
        var key = decl.IndexOf("encoding"u8);
        if (key < 0) return null;
        var rest = decl[(key + 8)..];
        var i = 0;
        while (i < rest.Length && (rest[i] == (byte)' ' || rest[i] == (byte)'=' || rest[i] == (byte)'\t')) i++;
        if (i >= rest.Length || (rest[i] != (byte)'"' && rest[i] != (byte)'\'')) return null;
        var quote = rest[i];
        var close = rest[(i + 1)..].IndexOf(quote);
        if (close <= 0) return null;
        return System.Text.Encoding.ASCII.GetString(rest.Slice(i + 1, close));
    }
}
