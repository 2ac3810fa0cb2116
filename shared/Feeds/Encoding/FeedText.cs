using System.Buffers;

namespace Alerts.Feeds.Encoding;

/// <summary>
/// Decoded feed text. It lives in a pooled buffer rather than a string: a feed of more than about 40 KB would
/// otherwise make a string on the large-object heap on every fetch, and only the rare paths (JSON, lenient
/// recovery) need a string at all. Dispose returns the buffer; nothing may keep the span after that.
/// </summary>
internal sealed class FeedText : IDisposable
{
    private char[]? _pooled;
    private string? _string;
    private readonly int _length;

    private FeedText(char[]? pooled, string? text, int length)
    {
        _pooled = pooled;
        _string = text;
        _length = length;
    }

    public static FeedText FromString(string text) => new(null, text, text.Length);

    /// <summary>Decodes <paramref name="bytes"/> with <paramref name="encoding"/> into a rented buffer.</summary>
    public static FeedText Decode(System.Text.Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, encoding.GetMaxCharCount(bytes.Length)));
        var length = encoding.GetChars(bytes, buffer);
        return new FeedText(buffer, null, length);
    }

    public int Length => _length;

    public ReadOnlySpan<char> Span =>
        _string is not null ? _string.AsSpan() : _pooled is not null ? _pooled.AsSpan(0, _length) : throw new ObjectDisposedException(nameof(FeedText));

    /// <summary>The text as a string, made on first use (JSON parsing and lenient recovery need one).</summary>
    public override string ToString() => _string ??= new string(Span);

    /// <summary>A reader over the text without copying it into a string first.</summary>
    public TextReader OpenReader() => _string is not null ? new StringReader(_string) : new CharArrayReader(_pooled!, _length);

    public void Dispose()
    {
        if (_pooled is null) return;
        ArrayPool<char>.Shared.Return(_pooled);
        _pooled = null;
    }

    /// <summary>A <see cref="TextReader"/> over part of a char array.</summary>
    private sealed class CharArrayReader(char[] chars, int length) : TextReader
    {
        private int _position;

        public override int Peek() => _position < length ? chars[_position] : -1;

        public override int Read() => _position < length ? chars[_position++] : -1;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var n = Math.Min(buffer.Length, length - _position);
            chars.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
    }
}
