namespace Alerts.Detect.Counts;

/// <summary>How a number word combines with its neighbours.</summary>
internal enum NumberKind : byte { Unit, Hundred, Thousand, Dozen, Vague }

/// <summary>
/// Cardinal number words in the seven languages, folded (no diacritics, lower case), with their case forms:
/// "двух", "dwóch", "п'ятьох". Vague quantities ("dozens", "десятки", "setki") are kept so that an item that only
/// says "dozens were freed" yields no count rather than a guess.
/// </summary>
internal static class NumberWords
{
    private const string Data = """
1|one|один|одна|одного|одну|одной|одним|адзін|адна|аднаго|jeden|jedna|jednego|jedno|eins|einen|un|une
2|two|два|две|двух|двое|двоих|двум|двумя|дві|двох|двоє|дзве|дваіх|dwa|dwie|dwoch|dwoje|dwaj|dwom|dwoma|zwei|deux
3|three|три|трех|трое|троих|тремя|трьох|троє|тры|трох|трое|trzy|trzech|troje|trzej|trzem|trzema|drei|trois
4|four|четыре|четырех|четверо|четверых|чотири|чотирьох|четверо|чатыры|чатырох|чацвера|cztery|czterech|czworo|vier|quatre
5|five|пять|пяти|пятеро|пятерых|пятью|пятьох|пяць|пяці|пяцера|piec|pieciu|piecioro|funf|cinq
6|six|шесть|шести|шестеро|шестерых|шість|шістьох|шэсць|шасці|szesc|szesciu|sechs
7|seven|семь|семи|семеро|семерых|сім|сімох|сем|сямі|siedem|siedmiu|sieben|sept
8|eight|восемь|восьми|восьмеро|вісім|вісьмох|восем|васьмі|osiem|osmiu|acht|huit
9|nine|девять|девяти|девятеро|девятьох|дзевяць|дзевяці|dziewiec|dziewieciu|neun|neuf
10|ten|десять|десяти|десятеро|десятьох|дзесяць|дзесяці|dziesiec|dziesieciu|zehn|dix
11|eleven|одиннадцать|одиннадцати|одинадцять|одинадцяти|адзінаццаць|jedenascie|jedenastu|elf|onze
12|twelve|двенадцать|двенадцати|дванадцять|дванадцяти|дванаццаць|dwanascie|dwunastu|zwolf|douze
13|thirteen|тринадцать|тринадцати|тринадцять|трынаццаць|trzynascie|trzynastu|dreizehn|treize
14|fourteen|четырнадцать|четырнадцати|чотирнадцять|чатырнаццаць|czternascie|czternastu|vierzehn|quatorze
15|fifteen|пятнадцать|пятнадцати|пятнадцять|пятнаццаць|pietnascie|pietnastu|funfzehn|quinze
16|sixteen|шестнадцать|шестнадцати|шістнадцять|шаснаццаць|szesnascie|szesnastu|sechzehn|seize
17|seventeen|семнадцать|сімнадцять|сямнаццаць|siedemnascie|siedemnastu|siebzehn
18|eighteen|восемнадцать|вісімнадцять|васемнаццаць|osiemnascie|osiemnastu|achtzehn
19|nineteen|девятнадцать|девятнадцять|дзевятнаццаць|dziewietnascie|dziewietnastu|neunzehn
20|twenty|двадцать|двадцати|двадцять|двадцяти|дваццаць|dwadziescia|dwudziestu|zwanzig|vingt|vingts
30|thirty|тридцать|тридцати|тридцять|трыццаць|trzydziesci|trzydziestu|dreissig|trente
40|forty|сорок|сорока|саракі|czterdziesci|czterdziestu|vierzig|quarante
50|fifty|пятьдесят|пятидесяти|пятдесят|пятдесяти|пяцьдзесят|piecdziesiat|piecdziesieciu|funfzig|cinquante
60|sixty|шестьдесят|шестидесяти|шістдесят|шэсцьдзесят|szescdziesiat|sechzig|soixante
70|seventy|семьдесят|сімдесят|семдзесят|siedemdziesiat|siebzig|septante
80|eighty|восемьдесят|вісімдесят|восемдзесят|osiemdziesiat|achtzig|huitante
90|ninety|девяносто|девяноста|девяносто|дзевяноста|dziewiecdziesiat|neunzig|nonante
100|hundred|сто|ста|сотня|hundert|sto|cent
200|двести|двухсот|двісті|двохсот|дзвесце|dwiescie|dwustu|zweihundert
300|триста|трехсот|триста|трьохсот|трыста|trzysta|trzystu|dreihundert
400|четыреста|четырехсот|чотириста|чатырыста|czterysta|vierhundert
500|пятьсот|пятисот|пятсот|пяцьсот|piecset|funfhundert
1000|thousand|тысяча|тысячи|тысяч|тысячу|тисяча|тисячі|тисяч|тисячу|тысячы|tysiac|tysiace|tysiecy|tausend|mille
12|dozen|dutzend|дюжина|дюжины|douzaine
0|dozens|scores|hundreds|thousands|several|десятки|десятков|десятки|сотни|сотен|несколько|нескольких|десятків|сотні|сотень|тисячі|кілька|кількох|дзясяткі|дзесяткі|некалькі|сотні|dziesiatki|dziesiatek|setki|setek|tysiace|kilka|kilku|kilkanascie|kilkunastu|kilkadziesiat|kilkudziesieciu|dutzende|hunderte|tausende|mehrere|einige|dizaines|centaines|milliers|plusieurs|quelques
""";

    private static readonly Dictionary<string, (int Value, NumberKind Kind)> Table = Build();

    private static Dictionary<string, (int, NumberKind)> Build()
    {
        var table = new Dictionary<string, (int, NumberKind)>(StringComparer.Ordinal);
        foreach (var raw in Data.Split('\n'))
        {
            var fields = raw.Trim().Split('|');
            if (fields.Length < 2) continue;
            var value = int.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture);
            var kind = value switch { 0 => NumberKind.Vague, 100 => NumberKind.Hundred, 1000 => NumberKind.Thousand, _ => NumberKind.Unit };
            if (fields[1] is "dozen") kind = NumberKind.Dozen;
            for (var i = 1; i < fields.Length; i++)
            {
                var word = Countries.FoldedText.FoldWord(fields[i]);
                // The plural "тысячи" is both "thousands" (vague) and "2 тысячи": the multiplier reading wins; the reader
                // treats a multiplier with nothing before it as vague.
                if (!table.ContainsKey(word) || kind != NumberKind.Vague) table[word] = (value, kind);
            }
        }
        return table;
    }

    public static bool TryGet(string folded, out int value, out NumberKind kind)
    {
        if (Table.TryGetValue(folded, out var entry)) { value = entry.Value; kind = entry.Kind; return true; }
        value = 0;
        kind = NumberKind.Unit;
        return false;
    }
}
