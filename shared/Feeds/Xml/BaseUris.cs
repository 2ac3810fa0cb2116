namespace Alerts.Feeds.Xml;

/// <summary>Resolves xml:base and relative links against the nearest absolute base.</summary>
internal static class BaseUris
{
    public static Uri? Resolve(Uri? parent, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference)) return parent;
        var resolved = ResolveLink(parent, reference);
        return resolved is null ? parent : Uri.TryCreate(resolved, UriKind.Absolute, out var uri) ? uri : parent;
    }

    /// <summary>An absolute URL for <paramref name="link"/>, or the trimmed link itself when no base can make it absolute.</summary>
    public static string? ResolveLink(Uri? baseUri, string? link)
    {
        if (link is null) return null;
        link = link.Trim();
        if (link.Length == 0) return null;
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && IsWebScheme(absolute))
        {
            return absolute.OriginalString;
        }
        if (baseUri is not null && Uri.TryCreate(baseUri, link, out var combined)) return combined.AbsoluteUri;
        return link;
    }

    private static bool IsWebScheme(Uri uri) =>
        // "/path" parses as file:///path on Unix; only a real scheme in the text counts as absolute.
        !(uri.IsFile && !uri.OriginalString.StartsWith("file:", StringComparison.OrdinalIgnoreCase));
}
