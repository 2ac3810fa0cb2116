namespace Alerts.Observability;

/// <summary>
/// Masks personal data and secrets before they reach logs or admin listings: a webhook URL is a bearer
/// credential and an address is personal data, so neither is ever written out in full.
/// </summary>
public static partial class Redact
{
    /// <summary><c>jane.doe@example.org</c> becomes <c>j***@example.org</c>.</summary>
    public static string Email(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return "(none)";
        var trimmed = address.Trim();
        var at = trimmed.LastIndexOf('@');
        if (at <= 0 || at == trimmed.Length - 1) return "***";
        return $"{trimmed[0]}***@{trimmed[(at + 1)..]}";
    }

    /// <summary>Keeps the scheme and host only: paths and queries of webhook URLs carry the signature.</summary>
    public static string Url(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return "(none)";
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return "***";
        return $"{uri.Scheme}://{uri.Host}/***";
    }

    public static string Url(Uri? url) => Url(url?.OriginalString);

    /// <summary>Masks every email address inside free text, such as an SMTP server's refusal.</summary>
    public static string EmailsIn(string? text) =>
        string.IsNullOrEmpty(text) ? "" : EmailPattern().Replace(text, m => Email(m.Value));

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\s<>()""',;:@]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial System.Text.RegularExpressions.Regex EmailPattern();
}
