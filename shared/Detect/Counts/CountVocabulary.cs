using Alerts.Detect.Countries;

namespace Alerts.Detect.Counts;

/// <summary>What a word tells the count reader.</summary>
[Flags]
internal enum CountCue
{
    None = 0,
    /// <summary>Frees, pardons, swaps, brings home: a number next to it is a number of released people.</summary>
    Release = 1,
    /// <summary>Prisoners, hostages, Americans, захисників: a number before it counts people.</summary>
    Person = 2,
    /// <summary>Years, days, dollars, ships, months: a number before it counts something else.</summary>
    Unit = 4,
    /// <summary>Held, remaining, still: the people counted are not (yet) released.</summary>
    Held = 8,
    /// <summary>Will, is to, later: a release that has not happened.</summary>
    Future = 16,
    /// <summary>Exchange, swap, in return: two sides are released.</summary>
    Exchange = 32,
    /// <summary>Each (side): the number holds for both sides.</summary>
    Each = 64,
    /// <summary>Also: a second group in the same sentence.</summary>
    Also = 128,
    /// <summary>Prisoners, detainees, releases in a title: many people, so a named person is not the count.</summary>
    Plural = 256,
    /// <summary>"и", "and", "et": joins two counted groups.</summary>
    And = 512,
    /// <summary>"for", "на", "za", "gegen", "contre" between two equal numbers: N-for-N.</summary>
    For = 1024,
    /// <summary>One person: "hostage", "журналист", "otage".</summary>
    Singular = 2048,
    /// <summary>"the same number", "столько же": the other side of an exchange equals the stated one.</summary>
    Same = 4096,
    /// <summary>"together with", "вместе с", "avec": companions released alongside the person the item is about.</summary>
    With = 8192,
    /// <summary>"another", "ещё один", "un autre": one more person joined to a group.</summary>
    Another = 16384,
    /// <summary>"others", "autres", "другими": a number of companions, so the item's own person comes on top.</summary>
    Others = 32768,
    /// <summary>Signed, attended, rallied: the people counted did something else than being released.</summary>
    Acting = 65536,
    /// <summary>"together with", "разам з": a named companion, not a bare "with" (talks with an envoy).</summary>
    Together = 131072,
    /// <summary>"including", "среди них", "w tym": a part of a group already counted.</summary>
    Subset = 262144,
}

/// <summary>Cue words for the released-count reader, per language, folded; "*" marks a stem.</summary>
internal static class CountVocabulary
{
    private const string Data = """
Release|free|frees|freed|freeing|release|released|releases|releasing|pardon*|amnesty|amnestied|clemency|liberat*|handed over|handover|hands over|handed back|hands back|transferred|brings home|bring home|brought home|came home|comes home|come home|returned home|return home|return|returns|returned|returning|walk free|walks free|walked free|let go|lets|repatriat*|reunited
Release|освобод*|освобожд*|помилов*|вернул*|вернуть|возвращ*|вызволи*|амнист*|отпуст*|передал*|передан*
Release|звільн*|визвол*|поверн*|помилув*|амніст*|передан*
Release|вызвал*|вызвален*|памілав*|вярнул*|на волю|на волі|на волю|на свободу|на свободе|на волі|na wolnosc|na wolnosci|in freiheit|frei|libre|libres
Release|uwoln*|uwalni*|wypuszcz*|wypusci*|ulaskaw*|amnesti*|zwolni*|powrocil*|wrocil*
Release|freigelassen|freilass*|freigekommen|freizulassen|begnadig*|entlassen|amnestie*
Release|libere*|liberes|liberation|liberer|libera*|gracie*|amnisti*|relache*|relacher
Release+Exchange|swap|swaps|swapped|swapping|exchange|exchanged|exchanges|exchanging|prisoner trade|trades|traded|обмен*|обменя*|обмін*|абмен*|wymian*|wymieni*|austausch*|gefangenenaustausch*|ausgetauscht|echange*|echang*
Exchange|in the other direction|in the opposite direction|в обратную сторону|у зворотному напрямку|в зворотному напрямку|w przeciwnym kierunku|in die andere richtung|in umgekehrter richtung|dans l autre sens|en sens inverse|in return|in exchange|взамен|в обмен|в обмін|w zamian|im gegenzug|en echange
Person|fishermen|pupils|schoolchildren|students|schoolgirls|schoolboys|priests|bishops|clergy|religious|workers|employees|staff|tourists|passengers|migrants|venezuelans|azerbaijanis|armenians|filipinos|thais|nationals
Person|prisoner*|detainee*|hostage*|captive*|people|persons|person|inmate*|convict*|individuals|civilians|soldiers|servicemen|servicewomen|defenders|fighters|troops|pows|americans|ukrainians|russians|iranians|israelis|palestinians|spaniards|britons|foreigners|nationals|citizens|women|men|children|journalists|activists|dissidents|protesters|members|crew|sailors|seafarers|others|captives|belarusians|venezuelans|cubans|nicaraguans|frenchmen|germans|poles|lithuanians|latvians|estonians|japanese|swedes|of them
Person|солдат*|рыбак*|священник*|студент*|школьник*|мигрант*|жолнер*|studenci|studentow|ksiez*|duchown*|uczni*|rybak*|schuler*|priester|geistliche*|studenten|fischer|pretres|religieux|eleves|etudiants|pecheurs|migrants|venezueliens
Person|человек*|заключенн*|политзаключенн*|пленн*|военнопленн*|узник*|заложник*|гражданск*|военнослужащ*|военн*|бойц*|защитник*|иностранц*|граждан*|россиян*|украинц*|американц*|осужденн*|женщин*|мужчин*|детей|политическ*
Person|людей|осіб|особ*|вязн*|полонен*|заручник*|цивільн*|військов*|захисник*|бійц*|українц*|громадян*|іноземц*|засуджен*|політвязн*|моряк*
Person|чалавек*|асоб*|палітвязн*|палонн*|зняволен*|замежнік*|грамадзян*|беларус*
Person|osob*|ludzi|wiezni*|zakladnik*|jenc*|jeniec*|cywil*|zolnierz*|obywatel*|skazan*|zatrzyman*|opozycjonist*|dziennikarz*|polakow|polskich
Person|gefangen*|haftling*|geiseln|geisel|personen|menschen|inhaftiert*|soldaten|zivilisten|burger*|staatsburger*|politische*|amerikaner*|deutsche
Person|prisonnier*|detenu*|otage*|personnes|captif*|civils|soldats|militaires|ressortissant*|americains|francais|opposants|journalistes
Unit|year*|day|days|week*|month*|hour*|minute*|percent|per|billion*|million*|bn|mn|dollars|euros|usd|ships|vessels|tankers|kilometres|kilometers|km|miles|firms|companies|entities|banks|addresses|targets|sanctions|packages|buildings|points|votes|seats|times|km2|tons|tonnes|st|th|nd|rd|pages|rounds
Unit|год*|лет|дней|день|дня|месяц*|недел*|час*|процент*|млрд|млн|миллиард*|миллион*|долл*|евро|рубл*|судов|танкер*|компани*|км|тонн*|раз|пакет*|санкц*|балл*
Unit|рік|роки|років|року|днів|дні|місяц*|тиж*|відсот*|гривень|доларів|євро|суден|компаній|пакет*|санкці*
Unit|гадоў|гады|дзён|месяц*|тыдн*|адсотк*
Unit|lat|lata|roku|rok|dni|miesi*|tygod*|procent*|mld|mln|miliard*|milion*|dolar*|euro|zl|statk*|tankowc*|firm|pakiet*|sankcj*
Unit|jahr*|tage*|monat*|woch*|stund*|prozent|milliard*|million*|dollar|euro|schiff*|tanker|firmen|unternehmen|paket*|sanktion*
Unit|ans|annee*|jour*|mois|semaine*|heure*|milliard*|million*|dollar*|navire*|entreprises|sanction*|paquet*
Unit|january|february|^march|april|^may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec
Unit|январ*|феврал*|март*|апрел*|мая|июн*|июл*|август*|сентябр*|октябр*|ноябр*|декабр*|січн*|лютого|березн*|квітн*|травн*|червн*|липн*|серпн*|вересн*|жовтн*|листопад*|грудн*
Unit|студзен*|лютага|сакавік*|красавік*|траўн*|чэрвен*|ліпен*|ліпеня|жніўн*|верасн*|кастрычнік*|лістапад*|снеж*
Unit|styczni*|lutego|marca|kwietni*|maja|czerwc*|lipc*|sierpni*|wrzesni*|pazdziernik*|listopad*|grudni*
Unit|januar|februar|marz|mai|juni|juli|oktober|dezember|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre
Unit|under|aged|age|ages|возрасте|віком|узросце|wieku|alter|agee|agees|ages de
Held|held|holds|holding|hold|remaining|remain|remains|still|jailed|arrested|detained|behind bars|удерживает|удерживают|остаются|оставшихся|утримує|утримують|залишаються|przetrzymuje|przetrzymywanych|pozostaje|festgehalten|detient|toujours|number of
Future|will|would|is to|are to|was to|were to|to be|later|expected|plans|plan|planned|pending|promised|pledges|pledged|вскоре|будут|будет|буде|будуть|maja zostac|zostana|sollen|werden|soll|seront|doit|doivent
Each|each|each side|both sides|кожна|każda|kazda|jeweils|chacun|chaque
Same|the same number|столько же|стільки ж|столькі ж|tyle samo|tylu samo|tyle samych|ebenso viele|genauso viele|gleich viele|le meme nombre
With+Together|together with|along with|alongside|вместе с|вместе со|вместе|разом з|разом із|разом|разам з|разам|razem z|wraz z|zusammen mit|gemeinsam mit|ainsi que|en compagnie de
With|with|mit|avec|с|со|з|із|z|ze
Another|another|one more|еще один|еще одна|еще одного|ще один|ще одна|ще одного|яшчэ адзін|яшчэ адна|jeszcze jeden|jeszcze jedna|jeszcze jednego|ein weiterer|eine weitere|einem weiteren|einer weiteren|un autre|une autre
Others|others|other|autres|другими|других|другие|іншими|інших|іншы*|innymi|innych|inni|anderen|andere|weiteren|weitere
Subset|including|among them|among whom|of them|of whom|among|в том числе|среди них|среди|из них|серед них|серед|з них|у тому числі|сярод іх|сярод|з іх|у тым ліку|w tym|wsrod nich|wsrod|sposrod|z nich|darunter|unter ihnen|davon|dont|parmi eux|parmi
Acting|signed|sign|signing|attended|rallied|marched|protested|gathered|подписал*|подписали|подписавш*|собрал*|вышли на|підписал*|зібрал*|падпісал*|сабрал*|podpisal*|zebral*|unterzeichn*|unterschrieb*|versammelt*|signe*|signataires|rassembl*
Also|also|также|тоже|також|таксама|rowniez|takze|auch|aussi|egalement
Also|while|whereas|while|а|тогда как|натомість|тады як|podczas gdy|natomiast|wahrend|tandis que|alors que
And|and|и|і|i|та|und|sowie|et|oraz
For|for|на|za|gegen|contre
Plural|releases
Singular+Person|father|mother|son|daughter|wife|husband|reporter|correspondent|citizen|aid worker|priest|bishop|gendarme|гражданин|гражданина|гражданку|громадянин|громадянина|громадянку|грамадзянін|грамадзяніна|obywatel|obywatela|obywatelka|obywatelke|staatsburger|staatsburgerin|ressortissant|ressortissante|citoyen|citoyenne|hostage|detainee|journalist|soldier|activist|dissident|diplomat|frenchman|заложник|заложница|журналист|журналистка|заручник|заручниця|zakladnik|zakladniczka|geisel|otage|journaliste|diplomate
Plural+Person|staff|employees|workers|crew|crews|sailors|fishermen|pupils|schoolchildren|students|migrants|civilians|people|soldiers|servicemen|pows|citizens|nationals|пленными|полоненими|палоннымі|jencami|jencow|задержанных|арестованных|затриманих|заарештованих|затрыманых|арыштаваных|zatrzymanych|aresztowanych|festgenommene|festgenommenen|inhaftierte|inhaftierten|arretes|граждан|громадян|грамадзян|obywateli|ressortissants|prisoners|detainees|hostages|captives|inmates|convicts|political prisoners|заключенных|политзаключенных|пленных|узников|заложников|полонених|вязнів|політвязнів|заручників|вязнеу|вязняу|палітвязняу|wiezniow|zakladnikow|wiezniowie|gefangene|gefangenen|haftlinge|geiseln|prisonniers|detenus|otages
""";

    private static readonly Lazy<PhraseMatcher> SharedMatcher = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static PhraseMatcher Matcher => SharedMatcher.Value;

    private static PhraseMatcher Build()
    {
        // A word may carry several cues ("hostages" is a person noun and a plural): merge before compiling.
        var cues = new Dictionary<string, CountCue>(StringComparer.Ordinal);
        foreach (var raw in Data.Split('\n'))
        {
            var fields = raw.Trim().Split('|');
            if (fields.Length < 2) continue;
            var cue = fields[0].Split('+').Select(Enum.Parse<CountCue>).Aggregate(CountCue.None, (a, b) => a | b);
            for (var i = 1; i < fields.Length; i++)
            {
                cues[fields[i]] = cues.TryGetValue(fields[i], out var existing) ? existing | cue : cue;
            }
        }
        var matcher = new PhraseMatcher();
        foreach (var (pattern, cue) in cues) matcher.Add(pattern, [((int)cue).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        return matcher;
    }

    /// <summary>The cues of each token (a phrase's cue is set on all its words).</summary>
    public static CountCue[] Tag(List<FoldedToken> tokens)
    {
        var tags = new CountCue[tokens.Count];
        foreach (var hit in Matcher.Match(tokens))
        {
            var cue = (CountCue)int.Parse(hit.Entry.Values[0], System.Globalization.CultureInfo.InvariantCulture);
            for (var k = 0; k < hit.TokenCount; k++) tags[hit.TokenIndex + k] |= cue;
        }
        return tags;
    }
}
