namespace Alerts.Detect.Countries;

/// <summary>
/// Country names, adjectives, capitals and leaders in Russian, Ukrainian, Belarusian, Polish, German and French for the
/// countries of the prisoner-release and sanctions beat. Stems ("росси*") absorb case endings; patterns are folded
/// like the text (й→и, ё→е, ў→у, ł→l, ß→ss, accents dropped), so "Białorusi" is written "bialorus*".
/// </summary>
internal static class CountryNamesRegional
{
    public const string Data = """
BY|беларус*|белорус*|білорус*|минск*|мінськ*|мінск*|лукашенк*|лукашэнк*|bialorus*|minsku|minsk|lukaszenk*|weissruss*|belarus*|lukaschenk*|bielorus*|loukachenk*|белтa|белта|bialiatsk*|бяляцк*|беляцк*|бяляцьк*|тихановск*|ціханоўск*|тихановськ*|cichanousk*|cichanowsk*
RU|росси*|росі*|расі*|расей*|россия|рф|москв*|маскв*|кремл*|крамл*|путин*|путін*|пуцін*|лавров*|захаров*|песков*|медведев*|мишустин*|rosj*|rosyjsk*|moskw*|kreml*|putin*|russland*|russisch*|russen|russin*|moskau*|russie*|russe|russes|moscou|poutine|fsb|фсб|мид рф|навальн*|nawaln*|nawalny*|роснефт*|rosnieft*|газпром*|кубан*|камчатк*|курильск*|курилах|курилы|сибир*|петербург*|мурманск*|калининград*|белгород*|курск*|чечн*|дагестан*|татарстан*
UA|украин*|україн*|украін*|киев*|київ*|києв*|кіев*|зеленск*|зеленськ*|зяленск*|ukrain*|kijow*|kijow|zelensk*|zełensk*|selensk*|kiew*|kyjiw*|zelensky*|коордштаб*|зсу|всу|ермак*|єрмак*|маріупол*|мариупол*|jermak*|кабмін*|верховн* рад*|дніпр*|днепропетровск*|запоріж*|запорізьк*|запорож*|херсон*|харків*|харьков*|донецьк*|донецк*|луганськ*|луганск*|одес*|сумськ*|сумщин*
US|сша|зша|америк*|амерыкан*|вашингтон*|вашынгтон*|белого дома|белый дом|білий дім|білого дому|трамп*|байден*|рубио|рубіо|госдеп*|держдеп*|usa|stany zjednoczone|stanow zjednoczonych|stanach zjednoczonych|amerykan*|waszyngton*|bialy dom|bialego domu|vereinigte staaten|vereinigten staaten|amerikan*|weissen haus*|weisse haus|etats unis|americain*|maison blanche|trampa|trampem|trumpa|trumpem|bidena|bidenem|келлог*|kellogg*|коул*
EU|евросоюз*|евросаюз*|євросоюз*|ес|єс|эс|брюссел*|брюсел*|брусел*|ue|^unia|unia europejsk*|komisj* europejsk*|prezydencj*|unii europejsk*|brukse*|europaisch* union|europaischen union|eu|brussel|europaische kommission|union europeenne|bruxelles|commission europeenne|=ue|каллас
PL|польш*|польск*|польськ*|польшч*|польск*|варшав*|polsk*|polsce|polski|warszaw*|polen|polnisch*|pologne|polonais*|туск*|tusk*
LT|литв*|літв*|литовск*|литовськ*|літоўск*|вильнюс*|вільнюс*|^вільн*|litw*|litews*|wilno|wilnie|wilna|litauen|litauisch*|lituanie|lituanien*
LV|латви*|латві*|латвій*|латыш*|łotw*|lotw*|lotewsk*|lettland|lettisch*|lettonie|letton*
EE|эстони*|естоні*|эстонск*|естонськ*|estoni*|eston*|estland|estnisch*
DE|германи*|німеччин*|нямеччын*|немецк*|німецьк*|берлин*|берлін*|niemc*|niemieck*|berlin*|deutschland*|deutsch*|bundesregierung|allemagne|allemand*|бундестаг*
FR|francais|francaise|francaises|франци*|француз*|франция|францы*|парыж*|париж*|макрон*|francj*|francus*|paryz*|frankreich*|franzosisch*|franzos*|pariser|elysee|quai d orsay|montpellier*
GB|великобритани*|британи*|британск*|британськ*|брытан*|лондон*|wielk* brytani*|brytyj*|londyn*|grossbritannien|britisch*|briten|london*|royaume uni|britannique*|londres
CN|кита*|китай*|пекин*|пекін*|chiny|chinach|chinami|chinom|chinsk*|pekin*|peking|chinesisch*|chinesen|chine|chinois*|pekin|си цзиньпин*|сі цзіньпін*
IR|иран*|іран*|тегеран*|iran*|teheran*|tehran*|teheran|теhран*
IL|израил*|ізраїл*|ізраіл*|нетаньяху|нетаньягу|izrael*|israel*|israelisch*|israelien*
PS|палестин*|газа|газы|газе|сектор* газ*|хамас*|гамас*|strefie gazy|strefa gazy|hamas*|palestyn*|palastin*|gaza*|palestinien*
CU|куба|кубы|кубе|кубу|кубой|кубин*|гаван*|kuba|kuby|kubie|kube|kubanczyk*|kubansk*|hawan*|kubanisch*|havane|cubain*
VE|венесуэл*|венесуел*|мадуро|wenezuel*|venezolan*|venezuel*
SY|сири*|сирі*|дамаск*|syri*|damaszk*|damaskus|syrie*|syrien*|аль шараа
TR|турци*|туреч*|турэц*|турок|турки|турецк*|турецьк*|анкар*|стамбул*|эрдоган*|ердоган*|turcj*|tureck*|turkow|turkei|turkisch*|turquie|turc|turcs|turque*|ankar*|istanbul*
CH|швейцари*|швейцарі*|swiss|szwajcar*|schweiz*|eidgenoss*|suisse*|bern|berner|bundesrat* der schweiz
SK|словаки*|словакі*|словацк*|словацьк*|братислав*|фицо|słowac*|slowac*|slowakei|slowakisch*|slovaquie|slovaque*|bratislav*
HU|венгри*|угорщин*|венгерск*|угорськ*|орбан*|wegr*|wegier*|ungarn|ungarisch*|hongrie|hongrois*|orban*
JP|япони*|японі*|японск*|японськ*|токио|japoni*|japonsk*|japan*|japon*|japonais*
KP|кндр|северн* коре*|північн* коре*|korea polnocn*|korei polnocn*|nordkorea*|coree du nord|nordcoreen*|пхеньян*
KR|южн* коре*|південн* коре*|korea poludniow*|korei poludniow*|sudkorea*|coree du sud|сеул*
IN|индия|индии|индию|индией|индийск*|індії|індія|індію|індією|індійськ*|indie|indii|indiach|indyjsk*|indien*|inde|indienne*
SE|швеци*|швеці*|шведск*|шведськ*|szwecj*|szwedzk*|schweden|schwedisch*|suede|suedois*
NO|норвеги*|норвегі*|norweg*|norwegen|norwegisch*|norvege|norvegien*
FI|финлянди*|фінлянді*|finlandi*|finnland|finnisch*|finlande
DK|дания|дании|данию|данией|датск*|данія|данії|данію|данією|данськ*|danii|dunsk*|danemark*|danisch*|danois*
NL|нидерланд*|нідерланд*|голланди*|гааг*|niderland*|holandi*|haga|hadze|niederland*|niederlandisch*|den haag|pays bas|neerlandais*|la haye
IT|итали*|італі*|італій*|italia*|wlosk*|wloch*|italien*|italie*
ES|испани*|іспані*|испанск*|іспанськ*|hiszpan*|spanien|spanisch*|espagne|espagnol*
QA|катар*|katar*|qatar*
AE|оаэ|оае|эмират*|емірат*|zea|emirat*|abu zabi|абу даби|абу дабі
SA|саудовск*|саудівськ*|эр рияд*|эр рияде|arabi* saudyjsk*|saudi*|saoudien*|arabie saoudite
EG|египет*|египт*|єгипет*|єгипт*|egipt*|agypten*|agyptisch*|egypte*|egyptien*
OM|оман*|omanie|omanie*|oman*
UZ|узбекистан*|uzbekistan*|usbekistan*|ouzbekistan
KZ|казахстан*|kazachstan*|kasachstan*
GE|грузия|грузии|грузию|грузией|грузинск*|тбилис*|грузія|грузії|грузію|грузін*|грузинськ*|gruzj*|gruzinsk*|georgien*|georgie|georgien
AM|армени*|вірмен*|armeni*|armenien*|armenie*
AZ|азербайджан*|azerbejdzan*|aserbaidschan*|azerbaidjan*
MD|молдов*|молдав*|mołdaw*|moldaw*|moldau|moldawien*|moldavie
RS|серби*|сербі*|serbi*|serbien*|serbie
CA|канад*|kanad*|canad*
AU|австрали*|австралі*|australi*|australien*|australie*|канберр*
NZ|новой зеланди*|новая зеланди*|новозеланд*|нової зеландії|nowej zelandii|nowa zelandia|neuseeland*|nouvelle zelande|веллингтон*
AR|аргентин*|argentyn*|argentinien*|argentin*
AF|афганистан*|афганістан*|афган*|афганск*|талибан*|afganistan*|afghanistan*|taliban*
IQ|ирак*|ірак*|irak*
LB|ливан*|ліван*|хезболл*|liban*|libanon*
KH|камбодж*|kambodz*|kambodscha|cambodge
VN|вьетнам*|в єтнам*|wietnam*|vietnam*
TW|тайван*|tajwan*|taiwan*
HK+CN|гонконг*|hongkong*|hong kong
EC|эквадор*|еквадор*|ekwador*|ecuador*|equateur
NI|никарагуа|нікарагуа|nikaragu*|nicaragu*
BH|бахрейн*|bahrajn*|bahrain*|bahrein
-|франциск*|францыск*|кубок*|кубка|кубке
AT|австри*|австрі*|austri*|osterreich*|autrich*
BE|бельги*|бельгі*|belgi*|belgique|belge|belges
IE|ирланди*|ірланді*|irlandi*|irland|irlands|irische*|irlande|irlandais*
PT|португал*|portugal*|portugies*|portugais*
GR|греци*|греческ*|греці*|грецьк*|grecj*|greck*|griechen*|grece|grec|grecque*
CY|кипр*|кіпр*|cypr*|zypern|chypre|chypriote*
RO|румын*|румун*|rumun*|rumani*|roumanie|roumain*
BG|болгар*|bulgar*
HR|хорват*|chorwac*|kroati*|croatie|croate*
SI|словени*|словені*|slowen*|slovenie|slovene*
CZ|чехи*|чешск*|чехі*|чеськ*|czechy|czech|czechach|czesk*|tschechi*|tschech*|tchequie|tcheque*
BA|босни*|bosni*|bosnie
ME|черногор*|чорногор*|czarnogor*|montenegr*
AL|албани*|албані*|albani*|albansk*|albanais*
MK|македони*|македоні*|macedoni*|mazedoni*|macedoine
IS|исланди*|ісланді*|islandi*|islande
LU|люксембург*|luksemburg*|luxemburg*
PK|пакистан*|pakistan*
BD|бангладеш*|bangladesz*
MM|мьянм*|мʼянм*|мянм*|mjanm*|birmy|birmie|birman*
TH|таиланд*|таїланд*|тайланд*|tajlandi*|thailand*
ID|индонези*|індонезі*|indonezj*|indonesi*
PH|филиппин*|філіппін*|filipin*|philippin*
MY|малайзи*|малайзі*|malezj*|malaisi*
SG|сингапур*|сінгапур*|singapur*|singapour
MN|монгол*|mongol*
TJ|таджик*|таджикистан*|tadzyk*|tadschik*|tadjik*
KG|киргиз*|кыргыз*|киргиз*|kirgi*|kirgis*|kirghiz*
TM|туркмен*|turkmen*
JO|иордан*|йордан*|jordani*
KW|кувейт*|kuwejt*|koweit*
YE|йемен*|ємен*|jemen*|yemen*
LY|ливи*|лівія|лівії|лівію|libia|libii|libie|libijsk*|libyen|libysch*|libye|libyen*
DZ|алжир*|algieri*|algeri*
MA|марокк*|marok*|marokk*|maroc*
TN|тунис*|туніс*|tunezj*|tunesi*|tunisi*
SD|судан*|soudan*
ET|эфиоп*|ефіоп*|etiop*|athiopi*|ethiopi*
ER|эритре*|еритре*|erytre*|erythre*
SO|сомали*|сомалі*|somali*
KE|кения|кении|кенийск*|кенія|кенії|kenia|kenii|kenijsk*
UG|уганд*|ougand*
RW|руанд*|ruand*
ZA|юар|rpa|sudafrika*|afrique du sud
NG|нигери*|нігері*|nigeri*
MX|мексик*|meksyk*|mexik*|mexique|mexicain*
BR|бразили*|бразилі*|brazyli*|brasili*|bresil*
CO|колумби*|колумбі*|kolumbi*|colombie
CL|чили|чилі|^chili|chilijsk*|chilenisch*|chilien*
PE|перу|^peru|^perou|peruwi*|peruan*
BO|боливи*|болівi*|boliwi*|bolivi*
GT|гватемал*|gwatemal*
HN|гондурас*
SV|сальвадор*|salwador*
VA|ватикан*|watykan*|vatikan*|vatican|папа римск*|папа франциск*|папы римск*|papiez*|papst*|pape
""";
}
