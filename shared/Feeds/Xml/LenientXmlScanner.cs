using System.Text;
using Alerts.Feeds.Text;

namespace Alerts.Feeds.Xml;

/// <summary>
/// The fallback for documents <see cref="StrictXmlTreeReader"/> rejects. It reads tags the way a browser would:
/// bare ampersands stay text, HTML entities are decoded, undeclared prefixes get their usual namespace,
/// unclosed elements are closed by their parent's end tag, stray end tags and junk before the root are
/// dropped, and a CDATA section that never ends stops at the next end tag. Every repair is noted.
/// </summary>
internal sealed class LenientXmlScanner
{
    public const int MaxDepth = 512;

    private readonly string _text;
    private readonly Uri? _documentBase;
    private readonly RepairLog _log = new();
    private readonly List<Scope> _stack = [];
    private readonly StringBuilder _buffer = new();
    private int _pos;
    private FeedXmlElement? _root;

    private readonly record struct Scope(FeedXmlElement Element, string RawName, Dictionary<string, string>? Namespaces);

    private LenientXmlScanner(string text, Uri? documentBase)
    {
        _text = text;
        _documentBase = documentBase;
    }

    public static (FeedXmlElement? Root, IReadOnlyList<string> Problems) Scan(string text, Uri? documentBase)
    {
        var scanner = new LenientXmlScanner(text, documentBase);
        scanner.Run();
        return (scanner._root, scanner._log.Lines());
    }

    private void Run()
    {
        SkipProlog();
        while (_pos < _text.Length)
        {
            var lt = _text.IndexOf('<', _pos);
            if (lt < 0)
            {
                AppendText(_text.AsSpan(_pos));
                _pos = _text.Length;
                break;
            }
            if (lt > _pos) AppendText(_text.AsSpan(_pos, lt - _pos));
            _pos = lt;
            ReadMarkup();
            if (_root is not null && _stack.Count == 0) break;
        }
        if (_stack.Count > 0) _log.Note($"{_stack.Count} element(s) left open at the end of input were closed (outermost <{_stack[0].RawName}>)");
        if (_root is not null && _pos < _text.Length && _text.AsSpan(_pos).Trim().Length > 0 && _stack.Count == 0)
        {
            _log.Note("content after the root element was ignored");
        }
    }

    private void SkipProlog()
    {
        var junk = false;
        while (_pos < _text.Length)
        {
            var lt = _text.IndexOf('<', _pos);
            if (lt < 0) { _pos = _text.Length; return; }
            if (_text.AsSpan(_pos, lt - _pos).Trim().Length > 0) junk = true;
            _pos = lt;
            if (Starts("<?")) SkipPast("?>");
            else if (Starts("<!--")) SkipPast("-->");
            else if (Starts("<!")) SkipDoctype();
            else if (lt + 1 < _text.Length && IsNameStart(_text[lt + 1])) break;
            else { junk = true; _pos++; }
        }
        if (junk) _log.Note("junk before the root element was removed");
    }

    private void ReadMarkup()
    {
        if (Starts("<!--")) { SkipPast("-->"); return; }
        if (Starts("<![CDATA[")) { ReadCData(); return; }
        if (Starts("<?")) { SkipPast("?>"); return; }
        if (Starts("<!")) { SkipDoctype(); return; }
        if (Starts("</")) { ReadEndTag(); return; }
        if (_pos + 1 < _text.Length && IsNameStart(_text[_pos + 1])) { ReadStartTag(); return; }
        _log.Note("a bare '<' in text was kept as text");
        AppendRaw("<");
        _pos++;
    }

    private void ReadCData()
    {
        var start = _pos + 9;
        var end = _text.IndexOf("]]>", start, StringComparison.Ordinal);
        var nextSection = _text.IndexOf("<![CDATA[", start, StringComparison.Ordinal);
        if (end >= 0 && (nextSection < 0 || end < nextSection))
        {
            AppendRaw(_text.AsSpan(start, end - start));
            _pos = end + 3;
            return;
        }
        var limit = nextSection < 0 ? _text.Length : nextSection;
        // Prefer the end tag of the element the section sits in; CDATA usually wraps HTML with end tags of its own.
        var endTag = _stack.Count > 0
            ? _text.IndexOf("</" + _stack[^1].RawName, start, limit - start, StringComparison.Ordinal)
            : -1;
        if (endTag < 0) endTag = _text.IndexOf("</", start, limit - start, StringComparison.Ordinal);
        var stop = endTag < 0 ? limit : endTag;
        var content = _text.AsSpan(start, stop - start);
        if (content.EndsWith("]]")) content = content[..^2];
        _log.Note("an unterminated CDATA section was closed at the next end tag");
        AppendRaw(content);
        _pos = stop;
    }

    private void ReadEndTag()
    {
        var nameStart = _pos + 2;
        var nameEnd = nameStart;
        while (nameEnd < _text.Length && !char.IsWhiteSpace(_text[nameEnd]) && _text[nameEnd] != '>') nameEnd++;
        var close = _text.IndexOf('>', nameEnd);
        _pos = close < 0 ? _text.Length : close + 1;
        var name = _text.AsSpan(nameStart, nameEnd - nameStart);
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            if (!name.Equals(_stack[i].RawName, StringComparison.Ordinal)) continue;
            if (i < _stack.Count - 1) _log.Note($"unclosed <{_stack[^1].RawName}> closed by </{name}>");
            _stack.RemoveRange(i, _stack.Count - i);
            return;
        }
        _log.Note($"a stray end tag </{name}> was dropped");
    }

    private void ReadStartTag()
    {
        _pos++;
        var rawName = ReadName();
        var attributes = new List<(string Name, string Value)>();
        var selfClosing = false;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsWhiteSpace(c)) { _pos++; continue; }
            if (c == '>') { _pos++; break; }
            if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '>') { selfClosing = true; _pos += 2; break; }
            if (c == '<') { _log.Note($"the start tag <{rawName}> was not closed with '>'"); break; }
            if (!IsNameStart(c)) { _pos++; continue; }
            var attrName = ReadName();
            while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
            if (_pos < _text.Length && _text[_pos] == '=')
            {
                _pos++;
                while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
                attributes.Add((attrName, ReadAttributeValue()));
            }
            else
            {
                _log.Note($"attribute '{attrName}' without a value");
                attributes.Add((attrName, attrName));
            }
        }
        Open(rawName, attributes, selfClosing || IsVoidHtml(rawName));
    }

    private void Open(string rawName, List<(string Name, string Value)> attributes, bool selfClosing)
    {
        CloseUnfinishedSibling(rawName);
        if (_stack.Count >= MaxDepth) throw new FeedParseException($"refused: elements nested deeper than {MaxDepth} levels");
        Dictionary<string, string>? declared = null;
        string? xmlBase = null, lang = null;
        foreach (var (name, value) in attributes)
        {
            if (name == "xmlns") (declared ??= [])[""] = value;
            else if (name.StartsWith("xmlns:", StringComparison.Ordinal)) (declared ??= [])[name[6..]] = value;
            else if (name == "xml:base") xmlBase = value;
            else if (name == "xml:lang") lang = value;
        }
        var parent = _stack.Count > 0 ? _stack[^1].Element : null;
        var scope = new Scope(null!, rawName, declared);
        _stack.Add(scope);
        var (prefix, local) = Split(rawName);
        var element = new FeedXmlElement(local, FeedNamespaces.Normalize(Resolve(prefix, isAttribute: false)), prefix,
            BaseUris.Resolve(parent?.BaseUri ?? _documentBase, xmlBase),
            string.IsNullOrWhiteSpace(lang) ? parent?.Lang : lang.Trim());
        _stack[^1] = scope with { Element = element };
        foreach (var (name, value) in attributes)
        {
            if (name == "xmlns" || name.StartsWith("xmlns:", StringComparison.Ordinal)) continue;
            var (attrPrefix, attrLocal) = Split(name);
            var ns = attrPrefix == "xml" ? StrictXmlTreeReader.XmlNamespace : Resolve(attrPrefix, isAttribute: true);
            element.AddAttribute(attrLocal, ns, value);
        }
        if (parent is null) _root = element;
        else parent.AddChild(element);
        if (selfClosing) _stack.RemoveAt(_stack.Count - 1);
    }

    /// <summary>Items and entries never nest: a new one closes an unfinished one, as a new &lt;p&gt; does in HTML.</summary>
    private void CloseUnfinishedSibling(string rawName)
    {
        if (rawName is not ("item" or "entry")) return;
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            if (_stack[i].RawName != rawName) continue;
            _log.Note($"an unclosed <{rawName}> was closed by the next one");
            _stack.RemoveRange(i, _stack.Count - i);
            return;
        }
    }

    private string Resolve(string prefix, bool isAttribute)
    {
        if (prefix.Length == 0 && isAttribute) return "";
        if (prefix == "xml") return StrictXmlTreeReader.XmlNamespace;
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            if (_stack[i].Namespaces is { } map && map.TryGetValue(prefix, out var uri)) return uri;
        }
        if (prefix.Length == 0) return "";
        _log.Note($"undeclared namespace prefix '{prefix}' was bound to {FeedNamespaces.ForUndeclaredPrefix(prefix)}");
        return FeedNamespaces.ForUndeclaredPrefix(prefix);
    }

    private string ReadAttributeValue()
    {
        if (_pos >= _text.Length) return "";
        var quote = _text[_pos];
        int start, end;
        if (quote is '"' or '\'')
        {
            start = _pos + 1;
            end = _text.IndexOf(quote, start);
            var tagEnd = _text.IndexOf('>', start);
            if (end < 0 || (tagEnd >= 0 && _text.IndexOf('<', start, end - start) >= 0 && tagEnd < end))
            {
                _log.Note("an attribute value was not closed with its quote");
                end = tagEnd < 0 ? _text.Length : tagEnd;
                _pos = end;
            }
            else
            {
                _pos = end + 1;
            }
        }
        else
        {
            _log.Note("an attribute value was not quoted");
            start = _pos;
            while (_pos < _text.Length && !char.IsWhiteSpace(_text[_pos]) && _text[_pos] != '>') _pos++;
            end = _pos;
        }
        return CleanText(_text.AsSpan(start, end - start));
    }

    private string ReadName()
    {
        var start = _pos;
        while (_pos < _text.Length && IsNameChar(_text[_pos])) _pos++;
        return _text.Substring(start, _pos - start);
    }

    private void AppendText(ReadOnlySpan<char> raw)
    {
        if (_stack.Count == 0) return;
        _stack[^1].Element.AddChild(CleanText(raw));
    }

    private void AppendRaw(ReadOnlySpan<char> raw)
    {
        if (_stack.Count == 0) return;
        _stack[^1].Element.AddChild(WithoutControlChars(raw));
    }

    /// <summary>Text with references decoded and characters XML forbids removed; allocation-free checks first.</summary>
    private string CleanText(ReadOnlySpan<char> raw)
    {
        if (raw.IndexOf('&') < 0) return WithoutControlChars(raw);
        _buffer.Clear();
        var bare = HtmlEntities.DecodeInto(_buffer, raw, out var undeclared);
        if (bare > 0) _log.Note("bare '&' kept as text");
        if (undeclared) _log.Note("HTML entities used without a declaration were decoded");
        var decoded = _buffer.ToString();
        return decoded.AsSpan().IndexOfAny(ForbiddenChars) < 0 ? decoded : WithoutControlChars(decoded);
    }

    private static readonly System.Buffers.SearchValues<char> ForbiddenChars = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private string WithoutControlChars(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(ForbiddenChars) < 0) return text.ToString();
        _log.Note("control characters were removed");
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!ForbiddenChars.Contains(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    private void SkipPast(string terminator)
    {
        var end = _text.IndexOf(terminator, _pos + 2, StringComparison.Ordinal);
        _pos = end < 0 ? _text.Length : end + terminator.Length;
    }

    private void SkipDoctype()
    {
        var bracket = _text.IndexOf('[', _pos);
        var close = _text.IndexOf('>', _pos);
        if (bracket >= 0 && close >= 0 && bracket < close)
        {
            var end = _text.IndexOf("]>", bracket, StringComparison.Ordinal);
            _pos = end < 0 ? _text.Length : end + 2;
            return;
        }
        _pos = close < 0 ? _text.Length : close + 1;
    }

    private bool Starts(string s) => string.CompareOrdinal(_text, _pos, s, 0, s.Length) == 0;

    private static (string Prefix, string Local) Split(string name)
    {
        var colon = name.IndexOf(':');
        return colon <= 0 || colon == name.Length - 1 ? ("", name) : (name[..colon], name[(colon + 1)..]);
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or ':';
    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or ':' or '-' or '.';

    private static bool IsVoidHtml(string name) =>
        name is "br" or "BR" or "hr" or "HR" or "img" or "IMG" or "wbr" or "input" or "meta";
}
