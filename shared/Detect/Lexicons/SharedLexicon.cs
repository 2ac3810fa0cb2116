namespace Alerts.Detect.Lexicons;

/// <summary>Names and acronyms that read the same in every language.</summary>
internal static class SharedLexicon
{
    public const string Text = """
        SanctionStrong: ofac | sdn | ofsi | seco
        Bloc: eu | g7 | nato | ecowas
        Sport: fifa | uefa | wada | ioc | cas | atp | wta | nba | nhl | khl | dfb | lfp | ufc
        """;
}
