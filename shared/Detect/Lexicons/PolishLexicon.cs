namespace Alerts.Detect.Lexicons;

/// <summary>Polish cues as stems. "zwolnić" is both release and dismiss, and "zwolnienie warunkowe" is parole.</summary>
internal static class PolishLexicon
{
    public const string Text = """
        Release: uwoln* | uwalnia* | zwoln* | wypuszcz* | wypuści* | na wolność | na wolności | opuścił* więzienie | wrócił* do domu | powrót do kraju
        Release,Done: uwolniony | uwolniona | uwolnieni | uwolniono | uwolnił* | zwolniony | zwolniona | zwolnieni | zwolniono | wypuszczony | wypuszczona | wypuszczeni | wypuścił* | odzyskał* wolność | jest wolny | jest wolna | wyszedł na wolność | wyszła na wolność | wrócili | wrócił
        Pardon: ułaskawi* | amnesti* | łask*
        Pardon,Done: ułaskawił | ułaskawiła | ułaskawieni | ułaskawiony
        Swap: wymian* | wymieni*
        Swap,Done: wymienieni | wymieniono | wymienili
        Held: koloni* | więzi* | więźn* | więźni* | więzień | więźniów | zatrzyman* | skazan* | aresztowan* | przetrzym* | niewol* | areszt* | uwięzion* | więzieni*
        HeldStrong: więźniów politycznych | więźniowie politycznych | więźniowie polityczni | więzień polityczny | więźniem politycznym | zakładni* | jeńc* | jeniec | więzień sumienia | więźniów sumienia | bezprawnie zatrzyman* | porwan*
        Political: polityczn* | dziennikar* | aktywist* | opozycj* | opozycjonist* | dysydent* | obrońc* praw* | noblist* | szpieg* | dyplomat*
        People: żołnierz* | cywil* | obywatel* | cudzoziem* | obcokrajowc* | wojskow* | obrońc* | ukraińc* | amerykan*
        Talks: rozmawia* | negocjac* | rozmow* | porozumieni* | umow* | uzgodni* | żąda* | wzywa* | wezwa* | apel* | obieca* | zapowiedzi* | zapowiada* | plan* | może | mogą | możliw* | oczekiw* | ma zostać | mają zostać | zostaną | zostanie | propozyc* | gotow*
        Done: zakończył* | zakończyły | zakończono | wrócili | wrócił | wróciła | już | odbyła się
        Recalled: wcześniej | uprzednio | dotychczas | w zeszłym | w ubiegłym | od czasu | do tej pory
        Modal: zostanie | zostaną | ma | mają | może | mogą | będzie | będą
        Negation: odmówi* | odmawia* | zaprzecz* | nie | bez
        Criminal: warunkow* | przedterminow* | zabójstw* | morderstw* | oszustw* | kradzie* | łapówk* | przeludnien* | odbył* | odsiedział*
        Product: album* | film* | gra | gry | gier | wersj* | aktualizacj* | aplikacj* | premier* | serial* | książk* | konsol* | zwiastun* | smartfon*
        Animal: zwierz* | żółw* | wieloryb* | ptak* | ptaki | dzik* | rezerwat* | zoo | foki | foka | bocian* | niedźwiedz* | wilk* | jele* | sarn* | łabęd*
        Document: raport* | dane | danych | dokument* | statystyk* | nagrani*
        Office: stanowisk* | dymisj* | odwoła* | wiceminist* | prezes* | z funkcji | z pracy | pracownik* | lekarsk* | etat*
        Finance: walut* | swap* | obligac* | dług* | kredyt* | bank centralny | banku centralnego
        Sanction: sankc* | antysankc*
        SanctionStrong: embarg* | czarn* list* | zakaz* wjazd* | flot* cieni* | pułap* cenow* | kontrol* eksport* | zamrożeni* aktywów
        Freeze: zamroż* | zamraża* | zablokow* | blokad*
        Assets: aktyw* | środk* | majątk* | mienie | kont*
        Ban: zakaz*
        BanObject: wjazd* | eksport* | import* | wiz* | przestrzeń powietrzn*
        Restrictions: restrykc* | ograniczen* | obostrzen* | środki ograniczające
        Package: pakiet*
        Designate: listy | liście | listę | wpisa* | wpisan* | umieści* | objąć | obję*
        Bloc: ue | unii | unia | unię | komisj* | rada ue | usa | waszyngton* | bruksel* | kreml* | msz | rząd* | rada bezpieczeństwa | onz | ambasador* | ministr* | szefowie dyplomacji | prezydencj*
        Sport: pzpn | lig* | klub* | mecz* | piłk* | tenis* | doping* | sportow* | zawodni* | kibic* | stadion* | turniej* | mistrzostw* | federacj* | olimp* | ekstraklas*
        Response: odpowiedź | odpowiedzi | w odpowiedzi | odwet* | retorsj*
        Imposed: nałoż* | nakład* | wprowadz* | wprowadzi* | rozszerz* | przedłuż* | zaostrz* | zatwierdz* | przyję* | przyjął | uderz* | objęł* | zamrozi* | zgodzili | zgodziły | uzgodnil* | nowe | nowy | nowych | nowa
        ImposedStrong: nałożył* | nałożyła | nałożyli | wprowadził* | zatwierdził* | zatwierdzają | zatwierdzili | zatwierdzon* | przyjęła | przyjęli | przyjęto | zgodzili się | uzgodnili | weszły w życie | wchodzą w życie | wejdzie w życie | potwierdzili
        Eased: znies* | złagodz* | łagodz* | uchyl* | usunięc* | usunął | usunęła | usunięto | skreśl* | wykreśl* | odmroż* | licencj* | zawiesz*
        EasedStrong: zniosła | zniósł | znieśli | zniesienie sankcji | zniesieniu sankcji | złagodzenie | wykreślił* | wykreślon* | usunięto z listy | odmrożenie
        Discussed: projekt* | propozyc* | propon* | zapropon* | rozważ* | dyskus* | debat* | plan* | chce | chcą | grozi* | groźb* | weto | zawetow* | zablokow* | blokuj* | sprzeciw* | prace nad | pracę nad | następn* | przygotow* | ustaw* | zapowied* | przekonywał* | presj*
        DiscussedStrong: projekt | projektu | projekcie | propozycja | propozycję | proponuje | weto | zawetował* | zablokował* | blokuje | sprzeciwia* | grozi | rozważa | rozpoczną | prace nad | przygotowuje | chce objąć | chce
        """;
}
