namespace Alerts.Digest;

/// <summary>
/// Links taken from feeds are hostile until proven otherwise: only absolute http and https URLs survive,
/// so <c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, relative and malformed links are dropped.
/// </summary>
public static class SafeLink
{
    public static string? Http(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var trimmed = url.Trim();
        // Control characters inside a scheme ("java\tscript:") are a classic filter bypass: refuse them outright.
        if (trimmed.Any(char.IsControl)) return null;
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return null;
        if (string.IsNullOrEmpty(uri.Host)) return null;
        return uri.AbsoluteUri;
    }

    /// <summary>The sources whose links survive, in digest order.</summary>
    public static IReadOnlyList<(DigestSource Source, string Url)> Sources(DigestStory story) =>
        story.Sources.Select(s => (s, Http(s.Url))).Where(p => p.Item2 != null).Select(p => (p.s, p.Item2!)).ToList();
}
