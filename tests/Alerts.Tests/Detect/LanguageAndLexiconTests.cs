using Alerts.Detect;
using Alerts.Detect.Lexicons;
using Alerts.Detect.Text;

namespace Alerts.Tests.Detect;

public class LanguageAndLexiconTests
{
    private readonly LanguageDetector _languages = new();

    [Theory]
    [InlineData("The government said the prisoners were freed on Monday after talks with the mediators.", "en")]
    [InlineData("Правительство заявило, что заключенные были освобождены в понедельник после переговоров.", "ru")]
    [InlineData("Урад заявіў, што вязні былі вызваленыя ў панядзелак пасля перамоваў.", "be")]
    [InlineData("Уряд заявив, що в'язні були звільнені в понеділок після переговорів із посередниками.", "uk")]
    [InlineData("Die Regierung teilte mit, dass die Gefangenen am Montag nach Gesprächen freigelassen wurden.", "de")]
    [InlineData("Le gouvernement a annoncé que les prisonniers ont été libérés lundi après des négociations.", "fr")]
    [InlineData("Rząd poinformował, że więźniowie zostali uwolnieni w poniedziałek po rozmowach.", "pl")]
    public void Detects_the_seven_languages(string text, string expected) => Assert.Equal(expected, _languages.Detect(text));

    [Fact]
    public void Belarusian_short_u_wins_over_shared_letters() => Assert.Equal("be", _languages.Detect("Ён вярнуўся дадому"));

    [Fact]
    public void Ukrainian_letters_win_over_russian() => Assert.Equal("uk", _languages.Detect("Їхні родини чекають"));

    [Fact]
    public void Tokenizer_keeps_ukrainian_apostrophe_and_splits_french_elision()
    {
        var tokens = Tokenizer.Tokenize("політв'язні l'échange", 0);
        Assert.Equal(["політв'язні", "l", "échange"], tokens.Select(t => t.Lower));
    }

    [Fact]
    public void Tokenizer_puts_title_in_sentence_zero_and_splits_summary_sentences()
    {
        var text = "Title words\nFirst sentence. Second one.";
        var tokens = Tokenizer.Tokenize(text, "Title words".Length);
        Assert.Equal([0, 0, 1, 1, 2, 2], tokens.Select(t => t.Sentence));
    }

    [Fact]
    public void Trie_matches_stems_infixes_and_phrases_for_the_right_language()
    {
        var trie = new CueTrie(LexiconParser.Parse("Swap: *austausch*\nHeld: gefangen*\nHeldStrong: political prisoner*", LanguageMask.De | LanguageMask.En));
        var tokens = Tokenizer.Tokenize("Gefangenenaustausch political prisoners", 0);
        trie.Tag(tokens, LanguageMask.De);
        Assert.True(tokens[0].Cues.HasFlag(Cue.Swap));
        Assert.True(tokens[0].Cues.HasFlag(Cue.Held));
        Assert.True(tokens[1].Cues.HasFlag(Cue.HeldStrong) && tokens[2].Cues.HasFlag(Cue.HeldStrong));
        var french = Tokenizer.Tokenize("Gefangenenaustausch", 0);
        trie.Tag(french, LanguageMask.Fr);
        Assert.Equal(Cue.None, french[0].Cues);
    }

    [Fact]
    public void Lexicon_parser_rejects_unknown_cues_and_bad_lines()
    {
        Assert.Throws<FormatException>(() => LexiconParser.Parse("NotACue: word", LanguageMask.En).ToList());
        Assert.Throws<FormatException>(() => LexiconParser.Parse("no colon here", LanguageMask.En).ToList());
    }

    [Fact]
    public void All_built_in_lexicons_parse() => Assert.True(LexiconCatalog.All().Count() > 500);
}
