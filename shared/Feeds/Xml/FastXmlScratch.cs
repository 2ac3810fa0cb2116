namespace Alerts.Feeds.Xml;

/// <summary>
/// What <see cref="FastXmlTreeReader"/> keeps while it reads, one per thread and reused from document to document:
/// the open elements, the namespace bindings in scope, the attributes of the current tag, and the names seen so far
/// (element names and namespace URIs repeat from feed to feed, so each is made into a string once).
/// </summary>
internal sealed class FastXmlScratch
{
    /// <summary>Hostile input could make up endless names: past this many the table stops growing until the next document.</summary>
    private const int MaxNames = 4096;

    [ThreadStatic] private static FastXmlScratch? _forThisThread;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _namesBySpan;

    private FastXmlScratch() => _namesBySpan = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    public static FastXmlScratch ForThisThread() => _forThisThread ??= new FastXmlScratch();

    public List<OpenElement> Open { get; } = [];
    public List<NamespaceBinding> Bindings { get; } = [];
    public List<RawAttribute> Attributes { get; } = [];
    /// <summary>The length of the qualified name of the start tag just read.</summary>
    public int NameLength { get; set; }

    public string Intern(ReadOnlySpan<char> name)
    {
        if (_namesBySpan.TryGetValue(name, out var known)) return known;
        var made = name.ToString();
        if (_names.Count < MaxNames) _names[made] = made;
        return made;
    }

    /// <summary>Called after each document, read or given up on.</summary>
    public void Clear()
    {
        Open.Clear(); // also drops the references to the finished tree
        Bindings.Clear();
        Attributes.Clear();
        if (_names.Count >= MaxNames) _names.Clear();
    }
}

/// <summary>An element whose end tag has not come yet: its qualified name is text[NameStart..+NameLength].</summary>
internal readonly record struct OpenElement(FeedXmlElement Element, int NameStart, int NameLength, int Bindings);

/// <summary>A prefix ("" for the default namespace) bound to a namespace URI by an xmlns attribute.</summary>
internal readonly record struct NamespaceBinding(string Prefix, string Namespace);

/// <summary>An attribute as written (name at text[NameStart..+NameLength]), then its resolved local name and namespace.</summary>
internal readonly record struct RawAttribute(int NameStart, int NameLength, int Colon, string Value)
{
    /// <summary>Null for namespace declarations, which are not attributes of the tree element.</summary>
    public string? Local { get; init; }
    public string? Namespace { get; init; }
}
