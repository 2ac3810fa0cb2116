using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Alerts.Feeds;

namespace Alerts.Dedup;

/// <summary>
/// The storage key of a feed item: the same item gets the same key however often and through however many
/// feeds it arrives, and a re-titled item keeps its key. Keys are short hex hashes with a one-letter kind
/// prefix, safe as table keys.
/// </summary>
public static class ItemIdentity
{
    /// <param name="guidsUnstable">From <see cref="HasUnstableGuids"/> over the whole feed: ignore guids entirely.</param>
    public static string KeyFor(FeedEntry entry, string sourceId, bool guidsUnstable = false)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        if (!guidsUnstable && IsUsableGuid(entry.Id))
        {
            var guid = entry.Id!.Trim();
            // A URL guid names the article for every feed that carries it; any other guid is only unique in its feed.
            return IsHttpUrl(guid) ? Key('u', UrlCanonicalizer.Canonicalize(guid)) : Key('g', sourceId + "\n" + guid);
        }
        if (!string.IsNullOrWhiteSpace(entry.Link) && IsHttpUrl(entry.Link.Trim()))
        {
            return Key('u', UrlCanonicalizer.Canonicalize(entry.Link));
        }
        var date = (entry.Published ?? entry.Updated)?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        return Key('t', sourceId + "\n" + NormalizeTitle(entry.Title) + "\n" + date);
    }

    /// <summary>
    /// True when some guid repeats within one fetch of a feed: such a feed reuses guids (a template bug, or
    /// "1" for every item), so none of its guids can identify an item.
    /// </summary>
    public static bool HasUnstableGuids(IEnumerable<FeedEntry> feedItems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in feedItems)
        {
            if (string.IsNullOrWhiteSpace(item.Id)) continue;
            if (!seen.Add(item.Id.Trim())) return true;
        }
        return false;
    }

    /// <summary>Empty guids and bare numbers ("1", "42") are too weak to identify an item on their own.</summary>
    public static bool IsUsableGuid(string? guid)
    {
        if (string.IsNullOrWhiteSpace(guid)) return false;
        return !guid.Trim().All(char.IsAsciiDigit);
    }

    /// <summary>Lower case, letters and digits only, single spaces: survives quoting and punctuation edits.</summary>
    public static string NormalizeTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return "";
        var text = new StringBuilder(title.Length);
        foreach (var c in Alerts.Extract.TextNormalizer.Normalize(title, NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) text.Append(c);
            else if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
        }
        return text.ToString().Trim();
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string Key(char kind, string material)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(material), hash);
        return kind + Convert.ToHexStringLower(hash[..16]);
    }
}
