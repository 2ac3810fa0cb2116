namespace Alerts.Detect.Lexicons;

/// <summary>Every language's lexicon with the languages it applies to.</summary>
public static class LexiconCatalog
{
    public static IEnumerable<LexiconEntry> All() =>
        LexiconParser.Parse(SharedLexicon.Text, LanguageMask.All)
            .Concat(LexiconParser.Parse(EnglishLexicon.Text, LanguageMask.En | LanguageMask.Other))
            .Concat(LexiconParser.Parse(RussianLexicon.Text, LanguageMask.Ru))
            .Concat(LexiconParser.Parse(UkrainianLexicon.Text, LanguageMask.Uk))
            .Concat(LexiconParser.Parse(BelarusianLexicon.Text, LanguageMask.Be))
            .Concat(LexiconParser.Parse(PolishLexicon.Text, LanguageMask.Pl))
            .Concat(LexiconParser.Parse(GermanLexicon.Text, LanguageMask.De))
            .Concat(LexiconParser.Parse(FrenchLexicon.Text, LanguageMask.Fr));
}
