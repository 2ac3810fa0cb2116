namespace Alerts.Detect.Lexicons;

/// <summary>English cues. Past forms carry Done; "will/would/to" before them is handled by the rules.</summary>
internal static class EnglishLexicon
{
    public const string Text = """
        # --- release ---
        Release: release | releases | releasing | free | frees | freeing | liberat* | let go | lets go | letting go | set free | handover | hand over | hands over | repatriat*
        Release,Done: released | freed | walks free | walked free | walk free | handed over | handed to | transferred to | was transferred | were transferred | liberated | is free | are free | out of prison | let out
        Pardon: pardon | pardons | pardoning | clemency | amnesty | amnesties | commut*
        Pardon,Done: pardoned | commuted | grants clemency | granted clemency
        Swap: swap | swaps | swapping | exchange | exchanges | exchanging | trade | prisoner trade | prisoner deal | trading | give up
        Swap,Done: swapped | exchanged | traded
        Held: prisoner* | detainee* | detained | jailed | imprisoned | captive* | captivity | convicts | inmates | custody | behind bars | sentenced | incarcerated | arrested | prison | held by | held since | held for | being held | still held | held captive | held in custody | held in iran | held in russia | held in the | held abroad | held in gaza
        HeldStrong: hostage* | pow | pows | prisoners of war | prisoner of war | political prisoner* | prisoners of conscience | prisoner of conscience | wrongfully detained | wrongfully held | abducted | kidnapped | seized crew
        Political: political* | politically | dissident* | activist* | journalist* | opposition | diplomat* | protester* | protest | nobel | laureate | dual national | dual-national | human rights | rights lawyer | unconditionally | espionage | spying | treason | extremism | extremist | conscience | crackdown | religion | blogger* | reporter*
        People: soldier* | defenders | servicemen | servicemembers | fighters | civilians | foreigners | citizens | marine | americans | ukrainians | russians | israelis | palestinians | britons | nationals | service members | warriors | troops | commanders | captives
        Returned,Done: reunited | are home | back home | came home | comes home | returned home | brought home | brings home | bring home | landed | back on | home safely | walked out | arrived home
        # --- stage ---
        Talks: pledge* | promis* | vow* | plan | plans | planned | deal | agreement | agree | agrees | agreed to | demand* | call | calls | called for | calling for | urge* | negotiat* | talks | expected | could | may | might | offer* | seek* | sought | awaiting | prepare* | push* | appeal* | announce* | would | will | set to | due to | proposal | framework | mediat* | possible | potential | hopes | first phase
        Done: began | begun | begins | starts | started | has freed | have freed | confirmed | completed | were freed | was freed | were released | was released | since | returned | arrived | home | already
        Modal: will | would | to | could | may | might | shall | should | set | expected | due | soon | shortly | be
        Negation: refused | refuses | denied | denies | not | no | without | rejected
        # --- release counter-cues ---
        Criminal: parole* | paroled | early release | released early | freed early | let out early | overcrowd* | recall | recalls | probation | murder* | killing | killed | sentencing | offender* | robbery | burglary | fraud | bribery | theft | drug dealer | sentences | emergency measure | sds40 | jail places | prison places | clemency hearing | parole board | serving | served
        Product: console | consoles | album* | film | films | movie* | game | games | gaming | software | version | update | firmware | app | apps | trailer | premiere | single | season | episode | pre-order* | preorder* | launch* | shares | stock | nintendo | playstation | xbox | iphone | netflix | streaming | book | e-book | novel | docuseries | series | studio | release date | box office | track | tracks | smartphone | chip | chips | model | product*
        Animal: animal* | turtle* | hatchling* | whale* | dolphin* | seal | seals | bird* | eagle* | deer | bear | bears | wolf | wolves | wildlife | wild | zoo | aquarium | sanctuary | species | nest* | ocean | entangle* | rescuers | rescued | fish | fisheries | nature centre | nature center | rehabilitat* | habitat | pups | cubs
        Document: report | reports | data | figures | statistics | document* | files | file | records | emails | footage | video | transcript* | minutes | results | statement | findings | guidance | list of | details | images | photos | memo | dossier
        Finance: currency | swap line | swap lines | central bank | bond* | debt | debt-for-nature | pesos | dollars | peso | liquidity | exchange rate | stock exchange | exchange facility | buyback | credit | loan* | repay* | treasuries | stabilization fund
        Thing: cash | money | funds | jewels | savings | capital
        # --- sanctions ---
        Sanction: sanction | sanctions | sanctioned | sanctioning | sanctions-related | penalties
        SanctionStrong: ofac | sdn | embargo* | blacklist* | price cap | price-cap | entity list | specially designated nationals | asset freeze | assets freeze | export controls | export control | export ban | import ban | travel ban | entry ban | visa ban | secondary sanctions | shadow fleet | ofsi
        TerrorList: terror list | terrorism list | terror-list | state sponsor* | terror sponsors | sponsors of terrorism | terrorist list | foreign terrorist organization | terrorist organisation | terrorist organization
        Freeze: freeze | freezes | freezing | froze | frozen | unfrozen | unfreeze | block | blocks | blocking | blocked
        Assets: asset | assets | funds | money | property | holdings | accounts | reserves | cash
        Ban: ban | bans | banned | banning | bar | bars | barred | barring | prohibit*
        BanObject: entry | travel | visa | visas | export* | import* | imports | airspace | flights | investment
        Restrictions: restrictions | restrictive measures | curbs | measures | penalties | restriction
        Package: package | packages | round | tranche
        Designate: designat* | listed | listing | listings | blacklists | blacklisted | delist*
        List: list | lists
        Bloc: eu | european union | brussels | treasury | state department | commerce department | security council | un | council | commission | washington | moscow | kremlin | london | beijing | white house | g7 | ecowas | bloc | foreign ministry | government | administration | ministers | ambassadors | envoys | kallas | bessent | rubio | blinken | trump | biden
        Charges: charges | charged | accused | smuggling | indicted | convicted | trial | extradited | allegedly
        Sport: fifa | uefa | wada | usada | cas | ioc | league | club | clubs | match | matches | football | soccer | tennis | doping | athlete* | player* | fans | chanting | stadium | supporters | tournament | championship | grand slam* | referee | coach | season | fixture* | federation | olympic* | sporting | suspension | disciplinary | premier league | fa | nba | nfl | boxing | racing | closed doors | behind closed doors
        Approval: approved by | sanctioned by the | regulator | authorised | authorized | permitted
        Response: response | retaliat* | counter* | reciprocal | mirror*
        Nation: us | u.s | america | american | russia | russian | iran | iranian | ukraine | ukrainian | china | chinese | belarus | belarusian | cuba | cuban | venezuela | venezuelan | israel | israeli | syria | syrian | north korea | nicaragua | nicaraguan
        # --- sanctions action ---
        Imposed: impose* | sanctioned | sanctioning | targets | targeting | targeted | hits | hit | hitting | adds | added | adding | extend* | expand* | tighten* | widen* | new | freezes | froze | freezing | bars | barred | barring | blacklists | blacklisted | listed | names | named | slaps | reimpos* | reinstat* | back on | put back | puts back | keeps | keeping | largest | designates | designated | designating | measures on | moves against | mirrors | penalises | penalizes | punish*
        ImposedStrong: adopt* | approves | approved | agrees new | agreed new | formally | imposes | imposed | unveils | unveiled | announced new | goes into effect | takes effect | entered into force | enters into force | in force | signs off | signed off | greenlight* | greenlit | rubber-stamp*
        Eased: ease | eases | eased | easing | relief | relax* | remove | removes | removed | removing | removal | drop | drops | dropped | dropping | scrap* | end | ends | ending | ended | repeal* | rescind* | lift | lifts | lifting | lifted | off | unfrozen | unfreeze | unblock* | licence* | license* | waiver* | waive* | exempt* | exemption* | suspend | suspends | suspended | thaw | normalis* | normaliz* | access
        EasedStrong: delist* | lifts | lifted | lifting | lift sanctions | lift its sanctions | removes | removed from | off the list | off its list | came off | taken off | take off | takes off | waiver | waived | unfrozen | sanctions relief | eases | eased | easing | drops | dropped | delisting
        Discussed: propos* | draft* | bill | bills | plan | plans | planned | planning | prepar* | consider* | weigh* | threat* | warn* | could | would | may | might | should | must | veto* | vetoes | stall* | stalled | fail | fails | failed | consensus | resist* | debate* | discuss* | talks | urge* | call* | wants | seek* | hold-up | holdout | reservation* | objection* | next | possible | potential | expected | promis* | vow* | push* | lobby* | senate | house | congress | amendment | ndaa | legislation | act | co-sponsor* | delay* | held back | postpone* | negotiat* | mull* | pending | hopes | ready to
        DiscussedStrong: proposal | proposed | proposes | draft | bill | veto | vetoed | vetoes | stalls | stalled | fail to agree | failed to agree | no consensus | could not agree | no deal | blocks | blocking | blocked | resist | resists | threatens | threatened | would | weigh | weighs | to weigh | preparing | being prepared | next package | held back | delays | promises | house passes | senate | amendment | mulls | considers | considering | calls for | urges | pushes for | wants
        """;
}
