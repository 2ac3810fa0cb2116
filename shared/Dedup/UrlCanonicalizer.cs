namespace Alerts.Dedup;

/// <summary>
/// One spelling per article URL, so the same article reached through a newsletter link, an AMP page and a
/// feed gets the same identity: lower-case scheme and host, no default port, no tracking parameters, no
/// fragment, no AMP variant, sorted query, no trailing slash.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> TrackingParams = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "ref",
    };

    /// <summary>The canonical form, or the trimmed input when it is not an absolute http(s) URL.</summary>
    public static string Canonicalize(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return trimmed;
        }
        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("amp.", StringComparison.Ordinal) && host.Count(c => c == '.') >= 2) host = host[4..];
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port;
        return $"{uri.Scheme}://{host}{port}{CanonicalPath(uri.AbsolutePath)}{CanonicalQuery(uri.Query)}";
    }

    private static string CanonicalPath(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !s.Equals("amp", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return segments.Count == 0 ? "" : "/" + string.Join('/', segments);
    }

    private static string CanonicalQuery(string query)
    {
        if (query.Length <= 1) return "";
        var kept = query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => (Pair: pair, Name: Uri.UnescapeDataString(pair.Split('=', 2)[0])))
            .Where(p => !IsTracking(p.Name) && !IsAmpMarker(p.Pair, p.Name))
            .Select(p => p.Pair)
            .Order(StringComparer.Ordinal)
            .ToList();
        return kept.Count == 0 ? "" : "?" + string.Join('&', kept);
    }

    private static bool IsTracking(string name) =>
        TrackingParams.Contains(name) || name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase);

    private static bool IsAmpMarker(string pair, string name)
    {
        var value = pair.Contains('=') ? Uri.UnescapeDataString(pair.Split('=', 2)[1]) : "";
        return (name.Equals("amp", StringComparison.OrdinalIgnoreCase) && value is "" or "1" or "true")
            || (name.Equals("outputType", StringComparison.OrdinalIgnoreCase) && value.Equals("amp", StringComparison.OrdinalIgnoreCase));
    }
}
