namespace Alerts.Detect.Lexicons;

/// <summary>German cues; infixes (*...*) catch compounds such as Gefangenenaustausch or EU-Sanktionspaket.</summary>
internal static class GermanLexicon
{
    public const string Text = """
        Release: freilass* | *freilass* | frei | freiheit | befrei* | entlass* | *entlassung | übergeben | überstellt | rückkehr | heimkehr | freikommen
        Release,Done: freigelassen | freigekommen | kam frei | kamen frei | kommt frei | kommen frei | befreit | ist frei | sind frei | zurückgekehrt | heimgekehrt | überstellt | auf freiem fuß
        Pardon: begnadig* | *begnadig* | amnestie* | gnadengesuch*
        Pardon,Done: begnadigt | begnadigte
        Swap: *austausch* | tausch* | gefangenentausch*
        Swap,Done: ausgetauscht | getauscht
        Held: *gefangene* | gefangen* | häftling* | *häftling* | inhaftiert* | festgenommen* | festgehalten* | verurteilt* | haft | haftstraf* | inhaftierung | *haftiert* | gefängnis* | straflager* | lager
        HeldStrong: geisel* | *geisel* | kriegsgefangen* | *kriegsgefangen* | politische gefangene* | politischen gefangenen | politischer gefangener | entführt* | verschlepp* | *gewissensgefangen*
        Political: bischof* | priester* | kritiker* | politisch* | journalist* | aktivist* | oppositionell* | opposition* | dissident* | regimekritik* | menschenrecht* | nobelpreis* | spionage | diplomat*
        People: soldat* | zivilist* | ausländer* | bürger* | staatsbürger* | kämpfer* | amerikaner* | ukrainer* | russen
        Talks: verlang* | bereitschaft | offen für | signalisiert | verhandl* | gespräch* | abkommen | deal | vereinbar* | einigung | geeinigt | forder* | aufruf* | ruft | appell* | versprech* | versprochen | zusage* | plan* | geplant | soll | sollen | könnte | könnten | möglich* | angebot* | erwartet | bereit | vermittl*
        Done: abgeschlossen | bereits | zurück | gelandet
        Recalled: zuvor | früher | bislang | bisher | vergangenen | seit amtsantritt | seit seinem amtsantritt
        Modal: müsse | muss | müssen | soll | sollen | wird | werden | könnte | könnten | würde | würden | zu
        Negation: weigert* | verweigert* | dementiert* | nicht | kein* | ohne
        Criminal: korruption* | steuerhinterzieh* | untreue | kaution | bewährung* | vorzeitig* | mord* | totschlag* | betrug* | diebstahl* | bestechung* | überbelegung | verbüßt | reststrafe
        Product: album* | film* | spiel* | konsole* | version* | update* | software | app | premiere* | serie* | buch | trailer*
        Animal: tier* | *tiere | schildkröt* | wal | wale | walen | vogel* | vögel* | wildnis | auswilder* | ausgewildert* | zoo | wildtier*
        Document: bericht* | daten | dokument* | statistik* | zahlen | veröffentlich*
        Office: amt | ämter | amtes | posten | abberuf* | staatssekretär* | rücktritt* | dienst*
        Finance: währung* | *swap* | anleihe* | schulden* | *umschuldung* | kredit* | zentralbank* | notenbank* | debt-for-nature
        Thing: mittel | gelder | geld
        Sanction: *sanktion* | strafmaßnahm* | *strafmaßnahm* | strafmassnahm* | *strafmassnahm*
        SanctionStrong: embargo* | *embargo* | schwarze liste | schwarzen liste | preisdeckel* | *preisdeckel* | exportkontroll* | *exportverbot* | *einreiseverbot* | *importverbot* | schattenflotte* | *schattenflotte*
        Freeze: einfrier* | eingefroren* | gesperrt | sperrt | sperre* | blockiert*
        Assets: vermögen* | *vermögen | gelder | konten | guthaben | mittel
        Ban: verbot* | *verbot | gesperrt | sperrt | schliesst | schließt
        BanObject: einreise* | ausfuhr* | einfuhr* | export* | import* | visa* | visum | luftraum | *visa*
        Restrictions: beschränkung* | restriktion* | maßnahmen | massnahmen | *massnahmen | *maßnahmen
        Package: *paket* | runde | *runde
        Designate: gelistet* | listung* | liste | *liste
        Bloc: bundesrat | bundesregierung | wirtschaftsdepartement | brüssel | kommission | rat | washington | moskau | kreml | sicherheitsrat | uno | bern | berlin | regierung | europäischen union | eu-botschafter
        Sport: *sportgericht* | liga | *liga | verein* | klub* | fussball* | fußball* | tennis* | doping* | sportler* | spieler* | fans | stadion* | turnier* | meisterschaft* | bengalo* | pyrotechnik* | fackeln | derby | olympi* | bundesliga | knallkörper
        Response: gegenmaßnahm* | gegensanktion* | reaktion | antwort | vergeltung*
        Imposed: verhäng* | erlass* | beschlossen | beschliesst | beschließt | übernimm* | übernehm* | übernommen | mitzutragen | mitträgt | schliesst sich | schließt sich | verschärf* | ausgeweitet | ausweit* | verlänger* | stellte | gelistet | sperrt | eingefroren | trifft | betroffen | neue | neuen | weitere | weiteren | zieht nach | gelten | angenommen | verabschiedet | beschluss
        ImposedStrong: wieder in kraft | verhängt | verhängte | beschlossen | übernimmt | übernommen | verabschiedet | angenommen | in kraft | mitzutragen | zieht nach | schliesst sich | schließt sich
        Eased: aufheb* | aufgehoben | lockerung* | gelockert | lockert | gestrichen | streich* | lizenz* | ausnahme* | ausnahmegenehmig* | freigegeben
        EasedStrong: aufgehoben | hebt auf | hob auf | aufhebung | gelockert | lockert | gestrichen
        Discussed: vorschlag* | *vorschlag | vorgeschlagen | entwurf* | *entwurf | plant* | geplant* | erwäg* | droht* | drohung* | veto | blockier* | keine einigung | beratung* | debattier* | diskut* | gesetzentwurf* | soll | sollen | könnte | fordert* | forder* | streit* | uneinig* | vorbehalt*
        DiscussedStrong: vorschlag | vorgeschlagen | entwurf | veto | keine einigung | blockiert | blockade | droht mit | erwägt | gesetzentwurf | geplant sind
        """;
}
