using System.Text;
using Alerts.Dedup;

namespace Alerts.Sources;

/// <summary>Ids for sources added without one (OPML import), and URL comparison for de-duplication.</summary>
public static class SourceIds
{
    private const int MaxSlugLength = 40;

    /// <summary>How two source URLs are compared: canonical form, scheme ignored.</summary>
    public static string UrlKey(string url)
    {
        var canonical = UrlCanonicalizer.Canonicalize(url);
        var schemeEnd = canonical.IndexOf("://", StringComparison.Ordinal);
        return schemeEnd < 0 ? canonical : canonical[(schemeEnd + 3)..];
    }

    /// <summary>A readable id from a title, falling back to the URL's host when the title has no ASCII letters.</summary>
    public static string FromTitleOrUrl(string? title, string url)
    {
        var slug = Slug(title);
        if (slug.Length > 0) return slug;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            slug = Slug(host);
        }
        return slug.Length > 0 ? slug : "source";
    }

    /// <summary><paramref name="id"/>, or id-2, id-3... when taken; the result is added to <paramref name="taken"/>.</summary>
    public static string Unique(string id, ISet<string> taken)
    {
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++) candidate = $"{id}-{n}";
        return candidate;
    }

    public static string Slug(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            if (slug.Length >= MaxSlugLength) break;
        }
        return slug.ToString().Trim('-');
    }
}
