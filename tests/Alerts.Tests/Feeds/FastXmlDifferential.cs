using System.Text;
using System.Text.Json;
using System.Xml;
using Alerts.Feeds;
using Alerts.Feeds.Encoding;
using Alerts.Feeds.Xml;

namespace Alerts.Tests.Feeds;

/// <summary>
/// Reads one document with <see cref="FastXmlTreeReader"/> and with the XmlReader tree reader and compares them: the
/// fast reader must either give up or build exactly the tree XmlReader builds, and never read a document XmlReader rejects.
/// </summary>
internal static class FastXmlDifferential
{
    public enum Verdict
    {
        /// <summary>The fast reader gave up; XmlReader decides.</summary>
        GaveUp,
        /// <summary>Both read it and built the same tree.</summary>
        Same,
    }

    /// <summary>Compares the two readers on <paramref name="text"/>; fails the test, showing <paramref name="label"/>, when they disagree.</summary>
    public static Verdict Check(string text, Uri? baseUri = null, string label = "")
    {
        var fast = FastXmlTreeReader.TryRead(text, baseUri);
        var strict = StrictOutcome(text, baseUri);
        if (fast is null) return Verdict.GaveUp;
        var fastDump = Dump(fast);
        if (fastDump != strict) Assert.Fail($"{label}: the fast reader {Difference(strict, fastDump)}\ndocument: {JsonSerializer.Serialize(text)}");
        return Verdict.Same;
    }

    /// <summary>The XmlReader tree as text, or the error it raised.</summary>
    public static string StrictOutcome(string text, Uri? baseUri)
    {
        try
        {
            return Dump(StrictXmlTreeReader.Read(FeedText.FromString(text), baseUri));
        }
        catch (XmlException ex)
        {
            return "XmlException: " + ex.Message;
        }
        catch (FeedParseException ex)
        {
            return "FeedParseException: " + ex.Message;
        }
    }

    /// <summary>The text a feed's bytes decode to, as <see cref="FeedParser"/> sees it.</summary>
    public static string Decode(byte[] bytes)
    {
        using var text = FeedTextDecoder.Decode(bytes, null, []);
        return text.ToString();
    }

    /// <summary>Everything the tree holds: names, namespaces, prefixes, inherited base and language, attributes, each text run.</summary>
    public static string Dump(FeedXmlElement root)
    {
        var sb = new StringBuilder();
        Dump(sb, root);
        return sb.ToString();
    }

    private static void Dump(StringBuilder sb, FeedXmlElement e)
    {
        sb.Append('<').Append(e.Prefix).Append('|').Append(e.LocalName).Append('|').Append(e.Namespace)
            .Append('|').Append(e.BaseUri?.OriginalString).Append('|').Append(e.Lang);
        foreach (var a in e.Attributes) sb.Append(' ').Append(a.Key).Append('=').Append(JsonSerializer.Serialize(a.Value));
        sb.Append('>');
        foreach (var child in e.Children)
        {
            if (child is string s) sb.Append(JsonSerializer.Serialize(s));
            else Dump(sb, (FeedXmlElement)child);
        }
        sb.Append("</>");
    }

    private static string Difference(string expected, string actual)
    {
        if (expected.StartsWith("XmlException", StringComparison.Ordinal) || expected.StartsWith("FeedParseException", StringComparison.Ordinal))
        {
            return $"read a document XmlReader rejects ({expected})";
        }
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at]) at++;
        var from = Math.Max(0, at - 80);
        return $"built another tree; from character {at}:\n  XmlReader: {expected[from..Math.Min(expected.Length, at + 120)]}\n  fast:      {actual[from..Math.Min(actual.Length, at + 120)]}";
    }
}
