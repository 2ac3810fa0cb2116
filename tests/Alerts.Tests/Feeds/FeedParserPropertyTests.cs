using System.Text;
using Alerts.Feeds;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alerts.Tests.Feeds;

public class FeedParserPropertyTests
{
    private static readonly FeedParser Parser = new();

    private static readonly string[] Fixtures =
    [
        "rss090.xml", "rss091.xml", "rss20.xml", "rdf.xml", "atom03.xml", "atom10.xml", "jsonfeed10.json", "jsonfeed11.json",
    ];

    /// <summary>The parser's only documented failure is <see cref="FeedParseException"/>.</summary>
    private static bool ParsesOrRefuses(byte[] bytes, string? charset = null)
    {
        try
        {
            Parser.Parse(bytes, charset, new Uri("https://fuzz.example/feed"));
            return true;
        }
        catch (FeedParseException ex)
        {
            return ex.Message.Length > 0 && !ex.Message.Contains('\n');
        }
    }

    [Property(MaxTest = 300)]
    public bool Random_bytes_never_throw_anything_else(byte[] bytes) => ParsesOrRefuses(bytes);

    [Property(MaxTest = 200)]
    public bool Random_text_with_markup_characters_never_throws_anything_else(string text, string? charset) =>
        ParsesOrRefuses(Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><item><title>" + text + (text?.Length > 3 ? "" : "</title>")), charset);

    [Property(MaxTest = 400)]
    public Property Mutated_fixtures_never_throw_anything_else()
    {
        var mutation =
            from fixture in Gen.Elements(Fixtures)
            from position in Gen.Choose(0, 10_000)
            from kind in Gen.Choose(0, 5)
            from value in Gen.Elements((byte)'<', (byte)'>', (byte)'&', (byte)'"', (byte)'/', (byte)0, (byte)0xC3, (byte)0xFF, (byte)']', (byte)'{')
            from count in Gen.Choose(1, 40)
            select (fixture, position, kind, value, count);
        return Prop.ForAll(mutation.ToArbitrary(), m => ParsesOrRefuses(Mutate(FeedFixtures.Bytes(m.fixture), m.position, m.kind, m.value, m.count)));
    }

    private static byte[] Mutate(byte[] original, int position, int kind, byte value, int count)
    {
        var bytes = original.ToList();
        var at = position % bytes.Count;
        switch (kind)
        {
            case 0: bytes[at] = value; break;                                         // flip one byte
            case 1: bytes.InsertRange(at, Enumerable.Repeat(value, count)); break;    // insert a run
            case 2: bytes.RemoveRange(at, Math.Min(count, bytes.Count - at)); break;  // delete a run
            case 3: bytes.RemoveRange(at, bytes.Count - at); break;                   // truncate
            case 4: bytes.InsertRange(at, bytes.Skip((at * 7) % bytes.Count).Take(count).ToList()); break; // duplicate a slice
            default: for (var i = at; i < bytes.Count; i += count) bytes[i] = value; break; // scatter
        }
        return [.. bytes];
    }
}
