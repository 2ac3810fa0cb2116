namespace Alerts.Feeds.Text;

/// <summary>
/// Author fields as feeds write them ("jane@example.org (Jane Doe)", "Jane Doe &lt;jane@example.org&gt;", a bare
/// name or address). The pipeline wants one display string per author: the name when there is one, else the address.
/// </summary>
internal static class AuthorText
{
    public static (string? Name, string? Email) Split(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return (null, null);
        var text = PlainText.CollapseSpaces(raw);
        var open = text.IndexOf('(');
        var close = text.LastIndexOf(')');
        if (open > 0 && close > open)
        {
            var outside = text[..open].Trim();
            var inside = text[(open + 1)..close].Trim();
            if (outside.Contains('@')) return (NullIfEmpty(inside), outside);
            if (inside.Contains('@')) return (NullIfEmpty(outside), inside);
        }
        var lt = text.IndexOf('<');
        var gt = text.LastIndexOf('>');
        if (lt >= 0 && gt > lt)
        {
            var email = text[(lt + 1)..gt].Trim();
            var name = text[..lt].Trim().Trim('"');
            if (email.Contains('@')) return (NullIfEmpty(name), email);
        }
        return text.Contains('@') && !text.Contains(' ') ? (null, text) : (text, null);
    }

    public static string? Display(string? name, string? email) =>
        !string.IsNullOrWhiteSpace(name) ? PlainText.CollapseSpaces(name) : string.IsNullOrWhiteSpace(email) ? null : email.Trim();

    public static string? Display(string? raw)
    {
        var (name, email) = Split(raw);
        return Display(name, email);
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
