namespace Alerts.Detect.Lexicons;

/// <summary>
/// What a word says for detection. A token carries a set of these; the rules combine them per sentence.
/// Kept as bit flags so a whole sentence is summarised by one OR.
/// </summary>
[Flags]
public enum Cue : ulong
{
    None = 0,

    // Prisoner release.
    /// <summary>release / free / liberate and their inflections.</summary>
    Release = 1UL << 0,
    /// <summary>pardon, clemency, amnesty.</summary>
    Pardon = 1UL << 1,
    /// <summary>swap, exchange, trade (of people).</summary>
    Swap = 1UL << 2,
    /// <summary>Someone held: prisoner, detainee, jailed, captivity.</summary>
    Held = 1UL << 3,
    /// <summary>Held for political or conflict reasons by definition: hostage, POW, political prisoner.</summary>
    HeldStrong = 1UL << 4,
    /// <summary>Marks the person as political: activist, journalist, dissident, opposition, diplomat.</summary>
    Political = 1UL << 5,
    /// <summary>Came home, reunited, landed: the end of a release.</summary>
    Returned = 1UL << 6,
    /// <summary>Soldiers, defenders, civilians, foreigners: people who are exchanged in conflicts.</summary>
    People = 1UL << 7,

    // Stage.
    /// <summary>Pledge, plan, deal, demand, call, negotiation.</summary>
    Talks = 1UL << 8,
    /// <summary>Done: freed, released (past), handed over, began releasing.</summary>
    Done = 1UL << 9,
    /// <summary>will, would, to, could: turns a following past participle into a plan.</summary>
    Modal = 1UL << 10,
    /// <summary>refused, denied, not.</summary>
    Negation = 1UL << 11,

    // Release counter-cues.
    /// <summary>Ordinary criminal justice: parole, early release, overcrowding, murder.</summary>
    Criminal = 1UL << 12,
    /// <summary>Products, films, albums, software, consoles.</summary>
    Product = 1UL << 13,
    /// <summary>Animals and nature.</summary>
    Animal = 1UL << 14,
    /// <summary>Reports, data, documents, figures.</summary>
    Document = 1UL << 15,
    /// <summary>Office, post, deputy minister: the uk/be verb for "free" also means "dismiss".</summary>
    Office = 1UL << 16,
    /// <summary>Currency, bonds, debt: a swap that is finance.</summary>
    Finance = 1UL << 17,

    // Sanctions.
    /// <summary>The word sanction itself (any language).</summary>
    Sanction = 1UL << 18,
    /// <summary>Unambiguous sanction instruments: OFAC, SDN, embargo, blacklist, price cap.</summary>
    SanctionStrong = 1UL << 19,
    /// <summary>freeze, frozen.</summary>
    Freeze = 1UL << 20,
    /// <summary>assets, funds, money.</summary>
    Assets = 1UL << 21,
    /// <summary>ban, bar, prohibition.</summary>
    Ban = 1UL << 22,
    /// <summary>entry, travel, visa, export, import: what a sanctions ban is about.</summary>
    BanObject = 1UL << 23,
    /// <summary>restrictions, restrictive measures, penalties.</summary>
    Restrictions = 1UL << 24,
    /// <summary>package, round, tranche.</summary>
    Package = 1UL << 25,
    /// <summary>designate, list, blacklist as verbs.</summary>
    Designate = 1UL << 26,
    /// <summary>A state or bloc that sanctions: EU, Treasury, Security Council, Kremlin, ministry.</summary>
    Bloc = 1UL << 27,
    /// <summary>Terror list, state sponsors of terrorism.</summary>
    TerrorList = 1UL << 28,
    /// <summary>charges, accused, smuggling: a sanctions word that is a criminal case's background.</summary>
    Charges = 1UL << 29,
    /// <summary>Sports bodies and sport: FIFA, UEFA, WADA, league, club, doping.</summary>
    Sport = 1UL << 30,
    /// <summary>"sanctioned" meaning approved: regulator, authorised event.</summary>
    Approval = 1UL << 31,

    // Sanctions action.
    Imposed = 1UL << 32,
    ImposedStrong = 1UL << 33,
    Eased = 1UL << 34,
    EasedStrong = 1UL << 35,
    Discussed = 1UL << 36,
    DiscussedStrong = 1UL << 37,

    /// <summary>A country or nationality word (weak signal that an act is between states).</summary>
    Nation = 1UL << 38,
    /// <summary>Things, not people: cash, jewels, statement. A release of them is not a prisoner release.</summary>
    Thing = 1UL << 39,
    /// <summary>Counter-measures, response, retaliation.</summary>
    Response = 1UL << 40,
    /// <summary>"list": a designation list when near sanctions words.</summary>
    List = 1UL << 41,
    /// <summary>Unmistakably done: were released, after the release of, handed to the Red Cross.</summary>
    DoneStrong = 1UL << 42,
    /// <summary>Previously, so far, had freed, ранее: the sentence recalls an earlier release rather than reporting news.</summary>
    Recalled = 1UL << 43,
}
