using System.Text;

namespace Alerts.Feeds.Xml;

/// <summary>
/// A small element tree shared by the strict reader and the lenient scanner, so every format parser is written
/// once whatever path recovered the document. Children are either <see cref="FeedXmlElement"/> or string text.
/// </summary>
internal sealed class FeedXmlElement(string localName, string ns, string prefix, Uri? baseUri, string? lang)
{
    private static readonly List<object> NoChildren = [];
    private static readonly List<KeyValuePair<string, string>> NoAttributes = [];

    public string LocalName { get; } = localName;
    public string Namespace { get; } = ns;
    public string Prefix { get; } = prefix;
    /// <summary>Effective base (feed URL combined with every xml:base up to here).</summary>
    public Uri? BaseUri { get; } = baseUri;
    /// <summary>Effective xml:lang, inherited from ancestors.</summary>
    public string? Lang { get; } = lang;

    // Most feed elements hold one run of text and nothing else: that text is kept without a list until a second child comes.
    private string? _onlyText;
    private List<object>? _children;
    private List<KeyValuePair<string, string>>? _attributes;

    public IReadOnlyList<object> Children => _children ?? (_onlyText is null ? NoChildren : _children = [_onlyText]);
    /// <summary>Attributes by "{namespace}local" for namespaced ones and "local" for plain ones.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes => _attributes ?? NoAttributes;

    public void AddChild(object child)
    {
        if (_children is null)
        {
            if (_onlyText is null && child is string text)
            {
                _onlyText = text;
                return;
            }
            // A second child usually means an element with several (an item, a channel): start with room for them.
            _children = new List<object>(8);
            if (_onlyText is not null) _children.Add(_onlyText);
        }
        _children.Add(child);
    }

    public void AddAttribute(string localName, string ns, string value)
    {
        var key = ns.Length == 0 ? localName : "{" + ns + "}" + localName;
        _attributes ??= [];
        foreach (var pair in _attributes)
        {
            if (pair.Key == key) return; // first wins, as a browser would do with a duplicate attribute
        }
        _attributes.Add(new(key, value));
    }

    public string? Attribute(string localName)
    {
        foreach (var pair in Attributes)
        {
            if (pair.Key == localName) return pair.Value;
        }
        return null;
    }

    public string? Attribute(string ns, string localName) => Attribute("{" + ns + "}" + localName);

    public bool Is(string ns, string localName) => LocalName == localName && Namespace == ns;

    public IEnumerable<FeedXmlElement> Elements()
    {
        if (_children is null) yield break;
        foreach (var child in _children)
        {
            if (child is FeedXmlElement e) yield return e;
        }
    }

    public FeedXmlElement? Element(string ns, string localName)
    {
        if (_children is null) return null;
        foreach (var child in _children)
        {
            if (child is FeedXmlElement e && e.LocalName == localName && e.Namespace == ns) return e;
        }
        return null;
    }

    public bool HasElementChildren
    {
        get
        {
            if (_children is null) return false;
            foreach (var child in _children) if (child is FeedXmlElement) return true;
            return false;
        }
    }

    /// <summary>All descendant text, tags dropped.</summary>
    public string InnerText
    {
        get
        {
            if (_children is null) return _onlyText ?? "";
            if (_children.Count == 1 && _children[0] is string only) return only;
            var sb = new StringBuilder();
            AppendText(sb);
            return sb.ToString();
        }
    }

    private void AppendText(StringBuilder sb)
    {
        if (_children is null)
        {
            sb.Append(_onlyText);
            return;
        }
        foreach (var child in _children)
        {
            if (child is string s) sb.Append(s);
            else ((FeedXmlElement)child).AppendText(sb);
        }
    }

    /// <summary>The children written back as markup: used for raw (unescaped) HTML inside a text field.</summary>
    public string InnerMarkup()
    {
        if (!HasElementChildren) return InnerText;
        var sb = new StringBuilder();
        foreach (var child in Children) MarkupWriter.Write(sb, child);
        return sb.ToString();
    }
}
