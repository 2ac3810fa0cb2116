using System.Xml;

namespace Alerts.Feeds.Xml;

/// <summary>
/// An <see cref="XmlNameTable"/> one thread keeps from feed to feed: element and attribute names repeat across feeds,
/// and a new table per document was a large part of the fixed cost of parsing a small feed. Hostile input could
/// fill it with made-up names, so past <see cref="MaxNames"/> it starts over empty.
/// </summary>
internal sealed class BoundedNameTable : XmlNameTable
{
    public const int MaxNames = 4096;

    private NameTable _names = new();
    private int _count;

    /// <summary>Called between documents only: a reader holds the table's strings while it reads.</summary>
    public void TrimIfFull()
    {
        if (_count <= MaxNames) return;
        _names = new NameTable();
        _count = 0;
    }

    public override string Add(char[] array, int offset, int length) =>
        _names.Get(array, offset, length) ?? Added(_names.Add(array, offset, length));

    public override string Add(string array) => _names.Get(array) ?? Added(_names.Add(array));

    public override string? Get(char[] array, int offset, int length) => _names.Get(array, offset, length);

    public override string? Get(string array) => _names.Get(array);

    private string Added(string name)
    {
        _count++;
        return name;
    }
}
