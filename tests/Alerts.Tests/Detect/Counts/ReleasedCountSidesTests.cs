using Alerts.Detect;

namespace Alerts.Tests.Detect.Counts;

/// <summary>
/// Both sides of an exchange, companions and swap partners, in our own short items: the count is the people released
/// or sought as the item states them, both sides added when both are given.
/// </summary>
public class ReleasedCountSidesTests
{
    private readonly ReleasedCountExtractor _extractor = new();

    private int? Extract(string lang, string text) => _extractor.Extract(text, lang);

    [Theory]
    [InlineData("ru", "Россия и Украина обменялись 50 пленными\nМинобороны сообщило о возвращении 50 военнослужащих, Украине переданы столько же.", 100)]
    [InlineData("uk", "Україна та Росія обмінялися 40 полоненими\nДодому повернулися 40 військових, стільки ж передано російській стороні.", 80)]
    [InlineData("en", "Kyiv and Moscow swap 30 prisoners\nUkraine got back 30 soldiers and handed over the same number of Russians.", 60)]
    public void The_same_number_on_the_other_side_doubles_the_figure(string lang, string text, int expected)
    {
        Assert.Equal(expected, Extract(lang, text));
    }

    [Theory]
    [InlineData("uk", "Обмін «500 на 500» завершено: додому повернулися ще 120 захисників\nЦе був останній етап.", 1000)]
    [InlineData("pl", "Rosja i Ukraina zakończyły wymianę jeńców „tysiąc za tysiąc”\nW ostatnim etapie wróciło 120 żołnierzy.", 2000)]
    [InlineData("ru", "Россия и Украина завершили обмен пленными по формуле 500 на 500\nМинобороны сообщило о возвращении последних 120 военнослужащих.", 1000)]
    public void An_n_for_n_formula_in_the_title_is_the_whole_exchange(string lang, string text, int expected)
    {
        Assert.Equal(expected, Extract(lang, text));
    }

    [Theory]
    [InlineData("pl", "Ukraina i Rosja wymieniły po 95 jeńców\nDo kraju wróciło także ośmiu cywilów.", 198)]
    [InlineData("de", "Kiew und Moskau vereinbaren Austausch von je 200 Gefangenen\nDie Gespräche fanden in Istanbul statt.", 400)]
    [InlineData("en", "Ukraine and Russia each return 95 POWs\nKyiv also brought home eight civilians.", 198)]
    public void Each_side_counts_twice_and_an_extra_group_is_added(string lang, string text, int expected)
    {
        Assert.Equal(expected, Extract(lang, text));
    }

    [Theory]
    [InlineData("en", "Militia frees two hostages; 40 prisoners released\nThe handover took place at dawn.", 42)]
    [InlineData("fr", "Deux otages libérés, 40 prisonniers relâchés\nL'échange a eu lieu à l'aube.", 42)]
    [InlineData("de", "Zwei Geiseln nach 300 Tagen frei\nDie Miliz übergab die Männer dem Roten Kreuz. Im Gegenzug ließ die Regierung 60 Häftlinge frei.", 62)]
    [InlineData("en", "Prisoner swap in Ankara\nRussia released 10 people, while Germany and Poland handed back four Russians.", 14)]
    [InlineData("ru", "Обмен заключенными в Анкаре\nНа родину вернулись пять россиян. В обратную сторону отправлены 7 человек.", 12)]
    [InlineData("en", "Five Americans freed in exchange for 40 migrants\nThe flights landed on Friday.", 45)]
    [InlineData("fr", "Échange de prisonniers\nCinq Américains ont été libérés en échange du retour de 40 Vénézuéliens.", 45)]
    public void Both_stated_sides_of_an_exchange_are_added(string lang, string text, int expected)
    {
        Assert.Equal(expected, Extract(lang, text));
    }

    [Theory]
    [InlineData("en", "Army frees 52 prisoners, including 14 foreigners\nThey crossed into Lithuania.", 52)]
    [InlineData("en", "Kyiv brings home 100 defenders in exchange for Ivanov and 20 Russians\nTurkey mediated.", 100)]
    public void A_part_of_a_group_or_a_partner_side_with_its_own_figure_is_not_added(string lang, string text, int expected)
    {
        Assert.Equal(expected, Extract(lang, text));
    }

    [Theory]
    [InlineData("en", "US swaps arms dealer Ivan Petrenko for 4 Americans\nThe exchange took place in Doha.", 5)]
    [InlineData("en", "Taliban free two Americans in swap for Afghan smuggler\nQatar mediated the deal.", 3)]
    [InlineData("de", "Gefangenenaustausch in Minsk\nIm Austausch gegen den Geschäftsmann Karl Berg ließ Minsk drei Deutsche frei.", 4)]
    public void A_single_swap_partner_adds_one(string lang, string text, int expected)
    {
        Assert.Equal(expected, Extract(lang, text));
    }

    [Theory]
    [InlineData("en", "Cuba frees bishop Juan Pérez\nThe cleric was released with another bishop and 12 priests after talks with the Vatican.", 14)]
    [InlineData("fr", "Le Nicaragua libère l'évêque Juan Pérez\nLe prélat a été relâché avec 11 autres religieux.", 12)]
    [InlineData("en", "Aid worker Anna Berg freed in Mali\nShe was released together with reporter Tom Lind.", 2)]
    [InlineData("be", "Журналіст Ігар Лось вызвалены\nЁн выйшаў на волю разам з Сяргеем Кавалём.", 2)]
    [InlineData("ru", "Журналистку Анну Белову освободили\nОна вылетела из страны вместе с другими освобожденными.", 1)]
    public void Companions_freed_with_the_items_person_are_counted(string lang, string text, int expected)
    {
        Assert.Equal(expected, Extract(lang, text));
    }

    [Theory]
    [InlineData("pl", "Polska zniosła sankcje wobec przewoźnika\nDecyzja zapadła po uwolnieniu polskiego obywatela.", 1)]
    [InlineData("en", "Biden urges Moscow to free reporter\nThe correspondent was detained in March.", 1)]
    [InlineData("en", "Rebels free footballer's father after 12 days\nThe guerrillas released Luis Gómez to a church commission.", 1)]
    [InlineData("en", "Cuban dissident José Pérez freed\nHe was one of hundreds released after a deal with the Vatican.", 1)]
    [InlineData("fr", "Deux Français libérés par l'Iran\nParis évoque un échange avec une Iranienne.", 2)]
    [InlineData("de", "Venezuela lässt zehn US-Bürger und mehrere politische Gefangene frei\nDie Maschine landete in Texas.", 10)]
    public void One_person_or_a_stated_figure_beats_articles_and_vague_groups(string lang, string text, int expected)
    {
        Assert.Equal(expected, Extract(lang, text));
    }

    [Theory]
    [InlineData("ru", "Правозащитники призвали освободить политзаключенных\nБолее 300 человек подписали обращение.")]
    [InlineData("en", "Ukraine and Russia swap young soldiers\nThe first exchange returned servicemen under 25.")]
    [InlineData("pl", "Polska gotowa na wymianę więźniów politycznych\nTrwają rozmowy z Mińskiem.")]
    [InlineData("ru", "Баку потребовал освободить задержанных азербайджанцев\nМИД вызвал посла.")]
    [InlineData("uk", "Розпочався обмін полоненими\nКількість звільнених не розголошується.")]
    public void Signatories_ages_and_unnumbered_groups_give_no_count(string lang, string text)
    {
        Assert.Null(Extract(lang, text));
    }
}
