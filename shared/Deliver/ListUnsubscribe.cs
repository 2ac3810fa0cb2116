namespace Alerts.Deliver;

/// <summary>
/// The RFC 2369 / RFC 8058 headers mail providers use for their own unsubscribe button: an https link
/// that accepts a one-click POST, and a mailto fallback.
/// </summary>
public static class ListUnsubscribe
{
    public const string Header = "List-Unsubscribe";
    public const string PostHeader = "List-Unsubscribe-Post";
    public const string OneClick = "List-Unsubscribe=One-Click";

    public static IReadOnlyDictionary<string, string> Headers(Uri oneClickUrl, string? mailto = null)
    {
        if (oneClickUrl.Scheme != Uri.UriSchemeHttps && oneClickUrl.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException("The unsubscribe link must be http(s).", nameof(oneClickUrl));
        }
        var value = $"<{oneClickUrl.AbsoluteUri}>";
        if (!string.IsNullOrWhiteSpace(mailto))
        {
            value += mailto.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? $", <{mailto}>" : $", <mailto:{mailto}?subject=unsubscribe>";
        }
        return new Dictionary<string, string> { [Header] = value, [PostHeader] = OneClick };
    }
}
