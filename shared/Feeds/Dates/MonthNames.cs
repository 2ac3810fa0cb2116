namespace Alerts.Feeds.Dates;

/// <summary>
/// Month names as news sites print them: English, German, French, Spanish, Italian, Polish, Russian, Ukrainian and
/// Belarusian, with the genitive forms Slavic languages use in dates ("12 ноября", "3 listopada").
/// </summary>
internal static class MonthNames
{
    private static readonly string[][] NamesByMonth =
    [
        ["january", "januar", "jänner", "janvier", "janv", "enero", "gennaio", "styczeń", "stycznia", "январь", "января", "січень", "січня", "студзень", "студзеня"],
        ["february", "februar", "février", "fevrier", "févr", "febrero", "febbraio", "luty", "lutego", "февраль", "февраля", "лютий", "лютого", "люты", "лютага"],
        ["march", "märz", "maerz", "mars", "marzo", "marzec", "marca", "март", "марта", "березень", "березня", "сакавік", "сакавіка"],
        ["april", "avril", "abril", "aprile", "kwiecień", "kwietnia", "апрель", "апреля", "квітень", "квітня", "красавік", "красавіка"],
        ["may", "mai", "mayo", "maggio", "maj", "maja", "май", "мая", "травень", "травня", "траўня"],
        ["june", "juni", "juin", "junio", "giugno", "czerwiec", "czerwca", "июнь", "июня", "червень", "червня", "чэрвень", "чэрвеня"],
        ["july", "juli", "juillet", "juil", "julio", "luglio", "lipiec", "lipca", "июль", "июля", "липень", "липня", "ліпень", "ліпеня"],
        ["august", "août", "aout", "agosto", "sierpień", "sierpnia", "август", "августа", "серпень", "серпня", "жнівень", "жніўня"],
        ["september", "septembre", "sept", "septiembre", "settembre", "wrzesień", "września", "сентябрь", "сентября", "сент", "вересень", "вересня", "верасень", "верасня"],
        ["october", "oktober", "octobre", "octubre", "ottobre", "październik", "października", "октябрь", "октября", "жовтень", "жовтня", "кастрычнік", "кастрычніка"],
        ["november", "novembre", "noviembre", "listopad", "listopada", "ноябрь", "ноября", "листопад", "листопада", "лістапад", "лістапада"],
        ["december", "dezember", "décembre", "decembre", "déc", "diciembre", "dicembre", "grudzień", "grudnia", "декабрь", "декабря", "грудень", "грудня", "снежань", "снежня"],
    ];

    private static readonly Dictionary<string, int> Exact = BuildExact();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ExactBySpan = Exact.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Every prefix (3 letters or more) of every name, with the month it abbreviates, or 0 when names of two months
    /// share it. Precomputed so an abbreviation costs one lookup instead of a scan over all names.
    /// </summary>
    private static readonly Dictionary<string, int> Prefixes = BuildPrefixes();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> PrefixesBySpan = Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>1-12, or 0 when the word is no month (weekday, preposition, zone...).</summary>
    public static int Lookup(string word) => Lookup(word.AsSpan());

    /// <inheritdoc cref="Lookup(string)"/>
    public static int Lookup(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        if (word.Length < 3) return 0;
        if (word.Length > 32) return 0; // longer than any name, so neither a name nor a prefix of one
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (ExactBySpan.TryGetValue(lower, out var month)) return month;
        // Abbreviations: "Sept", "Okt", "ноя", "lis". Unique prefixes of a full name only.
        return PrefixesBySpan.TryGetValue(lower, out month) ? month : 0;
    }

    private static Dictionary<string, int> BuildExact()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < NamesByMonth.Length; m++)
        {
            foreach (var name in NamesByMonth[m]) map.TryAdd(name, m + 1);
        }
        return map;
    }

    private static Dictionary<string, int> BuildPrefixes()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < NamesByMonth.Length; m++)
        {
            foreach (var name in NamesByMonth[m])
            {
                for (var length = 3; length <= name.Length; length++)
                {
                    var prefix = name[..length];
                    map[prefix] = map.TryGetValue(prefix, out var seen) && seen != m + 1 ? 0 : m + 1;
                }
            }
        }
        return map;
    }
}
