using System.Text;
using Alerts.Detect.Countries;

namespace Alerts.Stories;

/// <summary>
/// Keys for proper names that survive script and spelling: "Бяляцкі", "Беляцкий", "Bialiatski" and "Białacki" all
/// become "blts". The name is transliterated to Latin, spelled sounds are merged (sz/sch/ш → s, ts/ц → ts, w → v),
/// vowels and soft signs dropped, and the first four consonants kept, which also absorbs Slavic case endings.
/// </summary>
public static class NameKeys
{
    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ґ'] = "g", ['д'] = "d", ['е'] = "e", ['є'] = "e", ['ж'] = "z",
        ['з'] = "z", ['и'] = "i", ['і'] = "i", ['ї'] = "i", ['й'] = "", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n",
        ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ў'] = "u", ['ф'] = "f", ['х'] = "h",
        ['ц'] = "c", ['ч'] = "c", ['ш'] = "s", ['щ'] = "s", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "u", ['я'] = "a",
    };

    public const int KeyLength = 4;

    /// <summary>The key of one word, or null when it has too few consonants to identify anything.</summary>
    public static string? Key(string word)
    {
        var latin = new StringBuilder(word.Length + 4);
        foreach (var ch in FoldedText.FoldWord(word))
        {
            if (Cyrillic.TryGetValue(ch, out var s)) latin.Append(s);
            else if (ch is >= 'a' and <= 'z') latin.Append(ch);
        }
        var text = latin.ToString()
            .Replace("sch", "s").Replace("sz", "s").Replace("sh", "s").Replace("ch", "c").Replace("cz", "c")
            .Replace("ts", "c").Replace("tz", "c").Replace("kh", "h").Replace("zh", "z").Replace("ck", "k")
            .Replace('w', 'v').Replace('q', 'k').Replace('x', 'k');
        var key = new StringBuilder(KeyLength);
        var previous = '\0';
        foreach (var ch in text)
        {
            if ("aeiouyj".Contains(ch) || ch == previous) { if ("aeiouyj".Contains(ch)) previous = '\0'; continue; }
            key.Append(ch);
            previous = ch;
            if (key.Length == KeyLength) break;
        }
        return key.Length >= 2 ? key.ToString() : null;
    }
}
