using System.Xml;

namespace Alerts.Feeds.Xml;

/// <summary>Walks the child elements of an element on a forward-only <see cref="XmlReader"/>.</summary>
internal static class XmlChildren
{
    /// <summary>
    /// Moves to the next child element of the open element at <paramref name="depth"/>, skipping text between
    /// children; false on that element's end tag. The caller reads each child to its own end before asking again.
    /// </summary>
    public static bool Next(XmlReader reader, int depth)
    {
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element) return true;
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) return false;
        }
        throw new XmlException("unexpected end of input inside an element");
    }
}
