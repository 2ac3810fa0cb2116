using static Alerts.Feeds.Xml.FastXmlChars;

namespace Alerts.Feeds.Xml;

/// <summary>
/// Builds the same <see cref="FeedXmlElement"/> tree as <see cref="StrictXmlTreeReader.Read"/>, straight off the decoded
/// text. Creating an XmlReader and walking it node by node was most of the cost of parsing a small feed; nearly every
/// feed is plain, well-formed XML that a strict scanner of its own reads several times faster. It never accepts a
/// document XmlReader would reject: on anything it is not certain of (a DOCTYPE, an entity other than the five
/// predefined ones, an undeclared prefix, a non-ASCII name, ill-formed markup, very deep nesting) it returns null and
/// the caller reads the document with XmlReader as before, which reports the error or recovers.
/// </summary>
internal ref struct FastXmlTreeReader
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const int MaxAttributes = 64;
    private const int MaxBindings = 64;

    private readonly ReadOnlySpan<char> _text;
    private readonly Uri? _documentBase;
    private readonly FastXmlScratch _scratch;
    private int _pos;

    private FastXmlTreeReader(ReadOnlySpan<char> text, Uri? documentBase, FastXmlScratch scratch)
    {
        _text = text;
        _documentBase = documentBase;
        _scratch = scratch;
    }

    /// <returns>The root element with everything inside it, or null when the document is left to XmlReader.</returns>
    public static FeedXmlElement? TryRead(ReadOnlySpan<char> text, Uri? documentBase)
    {
        if (!AllAllowed(text)) return null;
        var scratch = FastXmlScratch.ForThisThread();
        try
        {
            return new FastXmlTreeReader(text, documentBase, scratch).ReadDocument();
        }
        finally
        {
            scratch.Clear();
        }
    }

    private FeedXmlElement? ReadDocument()
    {
        if (!FastXmlMarkup.SkipProlog(_text, ref _pos) || !At('<')) return null; // text before the root, or no root
        var root = ReadElements();
        return root is not null && FastXmlMarkup.SkipMisc(_text, ref _pos) && _pos == _text.Length ? root : null;
    }

    /// <summary>The root and its content; the reader is on the root's '&lt;'.</summary>
    private FeedXmlElement? ReadElements()
    {
        var open = _scratch.Open;
        FeedXmlElement? root = null;
        while (true)
        {
            if (_pos + 1 >= _text.Length) return null;
            if (_text[_pos] != '<')
            {
                var end = TextEnd(_text[_pos..], out var plain);
                if (end < 0) return null;
                var raw = _text.Slice(_pos, end);
                // The indentation between elements repeats endlessly: one string for each run of it.
                var text = !plain ? FastXmlChars.Text(raw)
                    : raw is "\n" ? "\n"
                    : raw.Length <= 32 && raw.IndexOfAnyExcept(' ', '\n', '\t') < 0 ? _scratch.Intern(raw) : new string(raw);
                if (text is null) return null;
                open[^1].Element.AddChild(text);
                _pos += end;
                continue;
            }
            if (open.Count == 0 && _text[_pos + 1] is '/' or '!' or '?') return null; // not a start tag where the root should be
            switch (_text[_pos + 1])
            {
                case '/':
                    if (!ReadEndTag(open[^1])) return null;
                    _scratch.Bindings.RemoveRange(open[^1].Bindings, _scratch.Bindings.Count - open[^1].Bindings);
                    open.RemoveAt(open.Count - 1);
                    if (open.Count == 0) return root;
                    break;
                case '!' when _text[_pos..].StartsWith("<![CDATA["):
                    var close = _text[(_pos + 9)..].IndexOf("]]>");
                    if (close < 0) return null;
                    open[^1].Element.AddChild(CData(_text.Slice(_pos + 9, close)));
                    _pos += 9 + close + 3;
                    break;
                case '!':
                case '?':
                    if (!FastXmlMarkup.SkipCommentOrPi(_text, ref _pos)) return null;
                    break;
                default:
                    var parent = open.Count == 0 ? null : open[^1].Element;
                    var bindings = _scratch.Bindings.Count;
                    var nameStart = _pos + 1;
                    var element = ReadStartTag(parent, out var empty);
                    if (element is null) return null;
                    if (parent is null) root = element;
                    else parent.AddChild(element);
                    if (empty)
                    {
                        _scratch.Bindings.RemoveRange(bindings, _scratch.Bindings.Count - bindings);
                        if (parent is null) return root;
                    }
                    else
                    {
                        // The XmlReader path refuses deep nesting; leave such documents to it so the refusal reads the same.
                        if (open.Count + 1 > LenientXmlScanner.MaxDepth) return null;
                        open.Add(new OpenElement(element, nameStart, _scratch.NameLength, bindings));
                    }
                    break;
            }
        }
    }

    private bool ReadEndTag(OpenElement element)
    {
        var name = _text.Slice(element.NameStart, element.NameLength);
        if (!_text[(_pos + 2)..].StartsWith(name)) return false;
        _pos += 2 + name.Length;
        SkipSpace();
        if (!At('>')) return false;
        _pos++;
        return true;
    }

    /// <summary>A start tag with its attributes; the reader is on its '&lt;'. Declarations it makes are left in the scratch bindings.</summary>
    private FeedXmlElement? ReadStartTag(FeedXmlElement? parent, out bool empty)
    {
        empty = false;
        var nameStart = _pos + 1;
        var nameLength = Name(_text, nameStart, out var colon);
        if (nameLength == 0) return null;
        _scratch.NameLength = nameLength;
        _pos = nameStart + nameLength;
        var attributes = _scratch.Attributes;
        attributes.Clear();
        while (true)
        {
            var spaced = SkipSpace();
            if (At('>'))
            {
                _pos++;
                break;
            }
            if (At('/'))
            {
                if (_pos + 1 >= _text.Length || _text[_pos + 1] != '>') return null;
                _pos += 2;
                empty = true;
                break;
            }
            if (!spaced || attributes.Count == MaxAttributes || !ReadAttribute(attributes)) return null;
        }
        return Resolve(parent, _text.Slice(nameStart, nameLength), colon, attributes);
    }

    private bool ReadAttribute(List<RawAttribute> attributes)
    {
        var start = _pos;
        var length = Name(_text, start, out var colon);
        if (length == 0) return false;
        var name = _text.Slice(start, length);
        foreach (var other in attributes)
        {
            if (_text.Slice(other.NameStart, other.NameLength).SequenceEqual(name)) return false; // a duplicate attribute
        }
        _pos = start + length;
        SkipSpace();
        if (!At('=')) return false;
        _pos++;
        SkipSpace();
        if (_pos >= _text.Length || _text[_pos] is not ('"' or '\'')) return false;
        var close = _text[(_pos + 1)..].IndexOf(_text[_pos]);
        var value = close < 0 ? null : AttributeValue(_text.Slice(_pos + 1, close));
        if (value is null) return false;
        _pos += close + 2;
        attributes.Add(new RawAttribute(start, length, colon, value));
        return true;
    }

    /// <summary>Binds the element's namespace declarations, then resolves its name and attributes into a tree element.</summary>
    private FeedXmlElement? Resolve(FeedXmlElement? parent, ReadOnlySpan<char> qualifiedName, int colon, List<RawAttribute> attributes)
    {
        var bindings = _scratch.Bindings;
        foreach (var a in attributes)
        {
            var name = _text.Slice(a.NameStart, a.NameLength);
            var prefix = a.Colon < 0 ? "" : null;
            if (a.Colon < 0 ? !name.SequenceEqual("xmlns") : !name[..a.Colon].SequenceEqual("xmlns")) continue;
            if (a.Value is StrictXmlTreeReader.XmlNamespace or XmlnsNamespace || bindings.Count == MaxBindings) return null;
            if (prefix is null)
            {
                var local = name[(a.Colon + 1)..];
                if (a.Value.Length == 0 || local.SequenceEqual("xml") || local.SequenceEqual("xmlns")) return null;
                prefix = _scratch.Intern(local);
            }
            bindings.Add(new(prefix, _scratch.Intern(a.Value)));
        }
        var elementPrefix = colon < 0 ? "" : _scratch.Intern(qualifiedName[..colon]);
        var elementLocal = _scratch.Intern(qualifiedName[(colon + 1)..]);
        if (elementPrefix is "xml" or "xmlns" || elementLocal == "xmlns") return null;
        var ns = NamespaceOf(elementPrefix);
        if (ns is null) return null;
        // Most elements have no attributes: the base and language are the parent's.
        if (attributes.Count == 0) return new FeedXmlElement(elementLocal, FeedNamespaces.Normalize(ns), elementPrefix, parent?.BaseUri ?? _documentBase, parent?.Lang);

        string? xmlBase = null, lang = null;
        for (var i = 0; i < attributes.Count; i++)
        {
            var a = attributes[i];
            var name = _text.Slice(a.NameStart, a.NameLength);
            if (a.Colon < 0)
            {
                if (!name.SequenceEqual("xmlns")) attributes[i] = a with { Local = _scratch.Intern(name), Namespace = "" };
                continue;
            }
            var prefix = name[..a.Colon];
            if (prefix.SequenceEqual("xmlns")) continue;
            var local = _scratch.Intern(name[(a.Colon + 1)..]);
            var attributeNs = prefix.SequenceEqual("xml") ? StrictXmlTreeReader.XmlNamespace : NamespaceOf(_scratch.Intern(prefix));
            if (attributeNs is null || local == "xmlns") return null;
            if (ReferenceEquals(attributeNs, StrictXmlTreeReader.XmlNamespace))
            {
                if (local == "base") xmlBase = a.Value;
                else if (local == "lang") lang = a.Value;
                else if (local == "space" && a.Value is not ("preserve" or "default")) return null;
            }
            for (var j = 0; j < i; j++)
            {
                // Two prefixes for one namespace make one attribute twice.
                if (attributes[j].Local == local && attributes[j].Namespace == attributeNs) return null;
            }
            attributes[i] = a with { Local = local, Namespace = attributeNs };
        }

        var element = new FeedXmlElement(elementLocal, FeedNamespaces.Normalize(ns), elementPrefix,
            BaseUris.Resolve(parent?.BaseUri ?? _documentBase, xmlBase), string.IsNullOrWhiteSpace(lang) ? parent?.Lang : lang.Trim());
        foreach (var a in attributes)
        {
            if (a.Local is not null) element.AddAttribute(a.Local, a.Namespace!, a.Value);
        }
        return element;
    }

    private readonly string? NamespaceOf(string prefix)
    {
        var bindings = _scratch.Bindings;
        for (var i = bindings.Count - 1; i >= 0; i--)
        {
            if (bindings[i].Prefix == prefix) return bindings[i].Namespace;
        }
        return prefix.Length == 0 ? "" : null;
    }

    private readonly bool At(char c) => _pos < _text.Length && _text[_pos] == c;

    private bool SkipSpace() => FastXmlMarkup.SkipSpace(_text, ref _pos);
}
