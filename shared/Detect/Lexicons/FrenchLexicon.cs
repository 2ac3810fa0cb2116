namespace Alerts.Detect.Lexicons;

/// <summary>French cues; the tokenizer splits elisions, so "l'échange" reaches "échange*".</summary>
internal static class FrenchLexicon
{
    public const string Text = """
        Release: libèr* | libér* | relâch* | remis en liberté | remise en liberté | libre | libres | liberté | élargi* | rapatri* | retour
        Release,Done: libère | libèrent | libéré | libérée | libérés | libérées | relâché | relâchée | relâchés | est libre | sont libres | rentré | rentrée | rentrés | de retour | gracié | graciée | graciés
        Pardon: grâce | gracie* | gracié* | amnisti*
        Swap: échang* | troc
        Swap,Done: échangés | échangé | échangées
        Held: détenu* | prisonnier* | emprisonn* | incarcér* | captivité | captif* | condamné* | prison | geôles | arrêté | arrêtée | détention | evin
        HeldStrong: otage* | prisonniers politiques | prisonnier politique | prisonniers de guerre | détenus politiques | prisonnier d'opinion | prisonniers d'opinion | détention arbitraire | otages d'état
        Political: évêque* | prêtre* | critique* | politiqu* | journalist* | militant* | activist* | opposant* | dissident* | diplomat* | espionnage | défenseur* | nobel
        People: soldat* | militaires | civils | étrangers | ressortissant* | citoyen* | combattants | français | française | américains | ukrainiens
        Talks: prévoi* | accord* | négoci* | pourparlers | exige* | réclam* | appel* | appelle | promet* | promis | prévu* | pourrait | pourraient | possible | attend* | prêt | prête | médiation | demande* | plan
        Done: achevé | terminé | arrivé | arrivée | arrivés | intervient | déjà
        Recalled: auparavant | précédemment | jusqu'ici | jusqu'à présent | le mois dernier | l'an dernier | l'année dernière | la semaine dernière | depuis son arrivée
        Modal: va | vont | devrait | devraient | pourrait | pourraient | doit | doivent | sera | seront
        Negation: refus* | dément* | nie | pas | sans
        Criminal: contrôle judiciaire | financement | détournement | fraude fiscale | libération conditionnelle | conditionnelle | anticipé* | surpopulation | meurtre* | assassinat* | escroquer* | corruption | bracelet* | aménagement* | peine purgée
        Product: album* | film* | jeu | jeux | console* | version* | logiciel* | mise à jour | appli* | sortie | bande-annonce | série* | livre* | smartphone*
        Animal: animal | animaux | tortue* | baleine* | oiseau* | sauvage* | faune | zoo | réserve naturelle | dauphin* | phoque*
        Document: rapport* | données | document* | statistiques | chiffres | vidéo*
        Office: limog* | démis | fonctions | poste | révoqu* | destitu*
        Finance: devise* | swap* | obligat* | dette* | banque centrale
        Sanction: sanction* | *sanction*
        SanctionStrong: embargo | liste noire | gel des avoirs | gel d'avoirs | plafond* de prix | plafonnement du prix | interdiction de territoire | interdiction d'entrée | contrôles à l'exportation | flotte fantôme
        Freeze: gel | gelé* | gèle | geler
        Assets: avoirs | fonds | actifs | comptes
        Ban: interdi*
        BanObject: entrée | territoire | export* | import* | visa*
        Restrictions: restrictions | mesures restrictives | mesures
        Package: paquet | paquets | train
        Designate: inscri* | liste | désign*
        Bloc: ue | union européenne | bruxelles | trésor | département d'état | conseil de sécurité | onu | conseil | commission | washington | moscou | kremlin | gouvernement
        Sport: ligue | club* | match | matches | matchs | football | tennis | dopage | athlète* | joueur* | supporters | tribune* | stade | tournoi | championnat | fédération | olympi* | fumigène* | discipline | disciplinaire | huis clos | arbitre* | fff | ama
        Response: riposte* | représailles | réponse | contre-mesures
        Imposed: impos* | sanctionn* | adopt* | approuv* | inscrit* | gèle | étend* | prolong* | renforc* | nouvelles | nouveau | frappe* | vise | visent | cible*
        ImposedStrong: rétabli* | réimpos* | adopté | adoptée | adoptent | impose | imposé | imposées | entrée en vigueur | entre en vigueur | approuvé
        Eased: lev* | allég* | assoupl* | retir* | radi* | dégel* | licence* | dérogation* | exemption* | suspend* | transfér* | débloq*
        EasedStrong: levée | lève | levé | levées | allège | allègement | radié* | dégel | débloqué* | transférés
        Discussed: propos* | projet* | envisag* | menac* | veto | bloqu* | discut* | débat* | examin* | prépar* | pourrait | pourraient | devrait | prochain* | réclam* | plaide* | souhait*
        DiscussedStrong: réclame | réclament | conditionne* | exige | exigent | refuse | déclench* | mécanisme | proposition | propose | projet | menace | menacé | veto | bloque | bloqué | envisage | prépare | prochain paquet
        """;
}
