namespace Alerts.Detect.Countries;

/// <summary>
/// English names and demonyms of every UN member and observer state (plus Taiwan, Kosovo, Hong Kong). One line per
/// country: code, then patterns separated by "|". See <see cref="PhraseMatcher.Add"/> for the pattern syntax.
/// Ambiguous words carry guards: "~" person names (Chad, Jordan), "^" capitals (Turkey, the bird).
/// </summary>
internal static class CountryNamesEnglish
{
    public const string Data = """
AF|afghanistan|afghan|afghans|kabul|taliban
AL|albania|albanian|albanians|tirana
DZ|algeria|algerian|algerians|algiers
AD|andorra|andorran
AO|angola|angolan|angolans|luanda
AG|antigua and barbuda|antigua
AR|argentina|argentine|argentinian|argentinians|argentines|buenos aires|milei
AM|armenia|armenian|armenians|yerevan|pashinyan
AU|australia|australian|australians|canberra|sydney|melbourne|queensland|gold coast|new south wales
AT|austria|austrian|austrians|vienna
AZ|azerbaijan|azerbaijani|azerbaijanis|baku|aliyev
BS|bahamas|bahamian
BH|bahrain|bahraini|bahrainis|manama
BD|bangladesh|bangladeshi|bangladeshis|dhaka
BB|barbados|barbadian
BY|belarus|belarusian|belarusians|byelorussia|belorussia|belarussian|minsk|lukashenko|lukashenka|lukashenko's
BE|belgium|belgian|belgians
BZ|belize|belizean
BJ|benin|beninese
BT|bhutan|bhutanese
BO|bolivia|bolivian|bolivians|la paz
BA|bosnia|bosnian|bosnians|bosnia and herzegovina|sarajevo
BW|botswana
BR|brazil|brazilian|brazilians|brasilia|lula
BN|brunei
BG|bulgaria|bulgarian|bulgarians|~^sofia
BF|burkina faso|burkinabe|ouagadougou
BI|burundi|burundian
CV|cape verde|cabo verde
KH|cambodia|cambodian|cambodians|phnom penh
CM|cameroon|cameroonian|cameroonians|yaounde
CA|canada|canadian|canadians|ottawa|carney|trudeau|b c|british columbia|ontario|quebec|toronto|vancouver
CF|central african republic
TD|~^chad|chadian|chadians|n'djamena
CL|chile|chilean|chileans|~^santiago
CN|china|chinese|beijing|xi jinping|^xi|prc|shanghai
CO|colombia|colombian|colombians|bogota|petro
KM|comoros
CG|congo brazzaville|republic of the congo
CD|congo|congolese|kinshasa|drc|dr congo|democratic republic of the congo|democratic republic of congo
CR|costa rica|costa rican
CI|ivory coast|cote d'ivoire|ivorian
HR|croatia|croatian|croatians|zagreb
CU|cuba|cuban|cubans|havana|diaz canel
CY|cyprus|cypriot|cypriots|nicosia
CZ|czech republic|czechia|czech|czechs|prague
DK|denmark|danish|danes|copenhagen
DJ|djibouti
DM|dominica
DO|dominican republic|dominican
EC|ecuador|ecuadorian|ecuadorean|quito|galapagos
EG|egypt|egyptian|egyptians|cairo|sisi
SV|el salvador|salvadoran|salvadorans|bukele
GQ|equatorial guinea
ER|eritrea|eritrean|eritreans|asmara
EE|estonia|estonian|estonians|tallinn
SZ|eswatini|swaziland
ET|ethiopia|ethiopian|ethiopians|addis ababa
FJ|fiji|fijian
FI|finland|finnish|finns|helsinki
FR|france|french|frenchman|frenchwoman|paris|elysee|quai d'orsay|macron|louvre|lfp|ligue 1|eiffel tower|marseille|lyon
GA|gabon|gabonese
GM|gambia|gambian
GE|~^georgia|georgian|georgians|tbilisi
DE|germany|german|germans|berlin|bundestag|dfb|bundesliga|merz|scholz|munich|frankfurt
GH|ghana|ghanaian|ghanaians|accra
GR|greece|greek|greeks|athens|mitsotakis
GD|grenada
GT|guatemala|guatemalan|guatemalans|arevalo
GN|~^guinea|guinean|guineans|conakry
GW|guinea bissau
GY|guyana|guyanese
HT|haiti|haitian|haitians|port au prince
HN|honduras|honduran|hondurans
HU|hungary|hungarian|hungarians|budapest|orban
IS|iceland|icelandic|reykjavik
IN|india|indian|indians|new delhi|delhi|modi|isro|mumbai
ID|indonesia|indonesian|indonesians|jakarta
IR|iran|iranian|iranians|tehran|teheran|khamenei|pezeshkian|raisi|evin|irgc
IQ|iraq|iraqi|iraqis|baghdad
IE|ireland|irish|dublin
IL|israel|israeli|israelis|jerusalem|tel aviv|netanyahu|idf|knesset
IT|italy|italian|italians|rome|meloni|milan
JM|jamaica|jamaican|jamaicans
JP|japan|japanese|tokyo|kyoto|nintendo|sony|toyota|ishiba|kishida|takaichi
JO|~^jordan|jordanian|jordanians|amman
KZ|kazakhstan|kazakh|kazakhs|astana|tokayev
KE|kenya|kenyan|kenyans|nairobi|ruto
KI|kiribati
KP|north korea|north korean|north koreans|dprk|pyongyang|kim jong un|kim jong-un
KR|south korea|south korean|south koreans|seoul|republic of korea
KW|kuwait|kuwaiti|kuwaitis
KG|kyrgyzstan|kyrgyz|bishkek
LA|laos|lao|laotian|vientiane
LV|latvia|latvian|latvians|riga
LB|lebanon|lebanese|beirut|hezbollah
LS|lesotho
LR|liberia|liberian|liberians|monrovia
LY|libya|libyan|libyans|tripoli|benghazi
LI|liechtenstein
LT|lithuania|lithuanian|lithuanians|vilnius
LU|luxembourg
MG|madagascar|malagasy
MW|malawi|malawian
MY|malaysia|malaysian|malaysians|kuala lumpur
MV|maldives|maldivian
ML|mali|malian|malians|bamako
MT|malta|maltese|valletta
MH|marshall islands
MR|mauritania|mauritanian
MU|mauritius|mauritian
MX|mexico|mexican|mexicans|mexico city|sheinbaum
FM|micronesia
MD|moldova|moldovan|moldovans|chisinau|transnistria|sandu
MC|monaco
MN|mongolia|mongolian|ulaanbaatar
ME|montenegro|montenegrin
MA|morocco|moroccan|moroccans|rabat
MZ|mozambique|mozambican
MM|myanmar|burma|burmese|naypyidaw|yangon
NA|namibia|namibian
NR|nauru
NP|nepal|nepali|nepalese|kathmandu
NL|netherlands|dutch|holland|the hague|icc|international criminal court|amsterdam
NZ|new zealand|new zealanders|new zealander|~^wellington
NI|nicaragua|nicaraguan|nicaraguans|managua|ortega
NE|^niger|nigerien|niamey
NG|nigeria|nigerian|nigerians|abuja|lagos|tinubu
MK|north macedonia|macedonia|macedonian|skopje
NO|norway|norwegian|norwegians|oslo
OM|oman|omani|omanis|muscat
PK|pakistan|pakistani|pakistanis|islamabad
PW|palau
PS|palestine|palestinian|palestinians|gaza|gazan|gazans|west bank|hamas|ramallah|qassam|islamic jihad
PA|panama|panamanian
PG|papua new guinea
PY|paraguay|paraguayan
PE|peru|peruvian|peruvians|lima
PH|philippines|philippine|filipino|filipinos|manila|marcos
PL|poland|polish|poles|warsaw|tusk|nawrocki
PT|portugal|portuguese|lisbon
QA|qatar|qatari|qataris|doha|al thani
RO|romania|romanian|romanians|bucharest
RU|russia|russian|russians|moscow|kremlin|putin|lavrov|zakharova|peskov|medvedev|fsb|tass|navalny|mishustin|rosneft|lukoil|gazprom
RW|rwanda|rwandan|kigali|kagame
KN|saint kitts and nevis
LC|saint lucia
VC|saint vincent and the grenadines
WS|samoa
SM|san marino
ST|sao tome and principe
SA|saudi arabia|saudi|saudis|riyadh|jeddah|bin salman
SN|senegal|senegalese|dakar
RS|serbia|serbian|serbians|serbs|belgrade|vucic|partizan
SC|seychelles
SL|sierra leone
SG|singapore|singaporean
SK|slovakia|slovak|slovaks|bratislava|fico
SI|slovenia|slovenian|slovene|ljubljana
SB|solomon islands
SO|somalia|somali|somalis|mogadishu|al shabaab
ZA|south africa|south african|south africans|pretoria|johannesburg|ramaphosa
SS|south sudan|juba
ES|spain|spanish|spaniard|spaniards|madrid|sanchez
LK|sri lanka|sri lankan|colombo
SD|sudan|sudanese|khartoum
SR|suriname
SE|sweden|swedish|swedes|stockholm|kristersson
CH|switzerland|swiss|bern|berne|zurich
SY|syria|syrian|syrians|damascus|assad|al sharaa|aleppo
TW|taiwan|taiwanese|taipei
TJ|tajikistan|tajik|dushanbe
TZ|tanzania|tanzanian|dodoma
TH|thailand|thai|bangkok
TL|timor leste|east timor
TG|togo|togolese
TO|tonga
TT|trinidad and tobago|trinidad
TN|tunisia|tunisian|tunisians|tunis
TR|^turkey|turkish|turks|turkiye|ankara|istanbul|erdogan|gaziantep
TM|turkmenistan|turkmen|ashgabat
TV|tuvalu
UG|uganda|ugandan|kampala
UA|ukraine|ukrainian|ukrainians|kyiv|kiev|zelensky|zelenskyy|zelenskiy|yermak|sybiha|kharkiv|odesa|mariupol|azovstal|donbas
AE|united arab emirates|=uae|emirati|emiratis|emirates|abu dhabi|dubai
GB|united kingdom|=uk|^u ^k|britain|british|briton|britons|great britain|england|scotland|wales|london|downing street|starmer|sunak|whitehall|buckingham palace|westminster|ofsi|fcdo
US|united states|=us|^u ^s|=usa|^u ^s ^a|america|american|americans|washington|white house|state department|pentagon|ofac|trump|biden|rubio|blinken|bessent|jake sullivan|kellogg|witkoff|coale|cia|fbi|ndaa|florida|california|texas|new york|missouri|new jersey|alaska|hawaii|tampa|new mexico|west virginia|virginia|^georgia ^state ^university|atlanta
UY|uruguay|uruguayan|montevideo
UZ|uzbekistan|uzbek|uzbeks|tashkent
VU|vanuatu
VA|vatican|holy see|pope francis|pope leo|pope
VE|venezuela|venezuelan|venezuelans|caracas|maduro|delcy rodriguez
VN|vietnam|vietnamese|hanoi
YE|yemen|yemeni|yemenis|sanaa|houthi|houthis
ZM|zambia|zambian|lusaka
ZW|zimbabwe|zimbabwean|harare
XK|kosovo|kosovar|pristina
HK+CN|hong kong
-|indian wells|indian ocean|french open|australian open|^us ^open|new guinea|turkey sandwich|georgia state|atlanta georgia|^washington ^post|^washington ^state|^jordan ^river|ivory tower|french fries
EU|european union|=eu|brussels|european commission|european council|council of the eu|coreper|kallas|von der leyen|eurozone|european parliament
""";
}
