using HtmlAgilityPack;

namespace Alerts.Extract;

/// <summary>
/// What class, id, role and tag names say about a block: content, likely boilerplate, or certainly boilerplate.
/// Class and id values are split into words so "share-bar" and "shareBar" both read as "share".
/// </summary>
internal static class BoilerplateHints
{
    /// <summary>Words that mark a block as boilerplate even when a content word sits beside them ("article-share").</summary>
    private static readonly HashSet<string> StrongNegative = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "sharing", "social", "newsletter", "subscribe", "subscription", "signup", "cookie", "consent", "gdpr",
        "comment", "comments", "disqus", "related", "recommend", "recommended", "promo", "sponsor", "sponsored",
        "affiliate", "affilate", "advert", "advertisement", "ads", "adsense", "outbrain", "taboola", "popup", "modal",
        "breadcrumb", "breadcrumbs", "getapp", "appdownload", "paywall", "skyscraper", "shoutbox", "login", "print",
    };

    /// <summary>Words that mark boilerplate unless a content word sits beside them ("post-footer" stays a candidate).</summary>
    private static readonly HashSet<string> WeakNegative = new(StringComparer.OrdinalIgnoreCase)
    {
        "footer", "header", "nav", "navbar", "navigation", "menu", "sidebar", "banner", "widget", "masthead",
        "pagination", "pager", "toolbar", "extra", "supplemental", "remark", "replies", "rss", "tags", "combx",
        "community", "legends", "agegate", "yom", "aside", "hidden", "skip", "teaser", "trending", "ad",
    };

    private static readonly HashSet<string> Positive = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "hentry", "column", "page",
        "prose", "shadow", "mathjax",
    };

    private static readonly HashSet<string> ContentWeight = new(StringComparer.OrdinalIgnoreCase) { "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story" };

    private static readonly HashSet<string> NegativeWeight = new(StringComparer.OrdinalIgnoreCase)
    {
        "hidden", "banner", "combx", "comment", "com", "contact", "foot", "footer", "footnote", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "tool", "widget", "social", "subscribe", "newsletter", "affiliate", "affilate", "ad", "ads",
    };

    [Flags]
    private enum Hint
    {
        None = 0,
        Strong = 1,
        Weak = 2,
        Positive = 4,
        ContentWeight = 8,
        NegativeWeight = 16,
        Byline = 32,
    }

    private static readonly HashSet<string> BylineWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "byline", "author", "dateline", "writtenby", "by", "authorname",
    };

    /// <summary>How far class and id hints are trusted; each retry of a page that gave too little text trusts them less.</summary>
    public enum Strictness { All, StrongOnly, None }

    /// <summary>How surely the hints call a block boilerplate: weak hints drop it only when every hint is trusted.</summary>
    public enum DropLevel : byte { Never, Weak, Strong }

    /// <summary>Everything scoring and cleaning need from one element's attributes, read once per page.</summary>
    public readonly record struct Assessment(DropLevel Drop, int Weight)
    {
        public static readonly Assessment None = new(DropLevel.Never, 0);

        /// <summary>Decides before scoring whether a block can hold article text at all.</summary>
        public bool Drops(Strictness strictness) => strictness switch
        {
            Strictness.All => Drop != DropLevel.Never,
            Strictness.StrongOnly => Drop == DropLevel.Strong,
            _ => false,
        };
    }

    /// <summary>
    /// The drop level (role, then class and id words) and the score weight: +25 for content words, -25 for
    /// boilerplate words, per attribute. One scan of class and one of id serve both.
    /// </summary>
    public static Assessment Assess(HtmlNode element)
    {
        if (!element.HasAttributes) return Assessment.None;
        var classHints = Scan(element.GetAttributeValue("class", ""), out _);
        var idHints = Scan(element.GetAttributeValue("id", ""), out var idWords);
        var weight = WeightOf(classHints) + WeightOf(idHints);
        if (element.Name is "body" or "html" or "article" or "main") return new Assessment(DropLevel.Never, weight);
        var role = element.GetAttributeValue("role", "");
        if (role is "navigation" or "menu" or "menubar" or "complementary" or "alert" or "alertdialog" or "dialog" or "banner" or "contentinfo")
            return new Assessment(DropLevel.Strong, weight);
        // Long ids are slugs of a heading ("sharing-with-a-single-developer"), not names of widgets.
        var hints = idWords < 4 ? classHints | idHints : classHints;
        if ((hints & Hint.Strong) != 0) return new Assessment(DropLevel.Strong, weight);
        if ((hints & (Hint.Weak | Hint.Positive)) == Hint.Weak) return new Assessment(DropLevel.Weak, weight);
        return new Assessment(DropLevel.Never, weight);
    }

    private static int WeightOf(Hint hints) =>
        ((hints & Hint.NegativeWeight) != 0 ? -25 : 0) + ((hints & Hint.ContentWeight) != 0 ? 25 : 0);

    public static bool IsHidden(HtmlNode element)
    {
        if (!element.HasAttributes) return false;
        if (element.Attributes.Contains("hidden")) return true;
        if (element.GetAttributeValue("aria-hidden", "") == "true" &&
            !element.GetAttributeValue("class", "").Contains("fallback-image", StringComparison.Ordinal)) return true;
        var style = element.GetAttributeValue("style", "");
        if (style.Length == 0) return false;
        // Spaces dropped and lower-cased into a scratch buffer: runs on every styled element, so no strings.
        Span<char> compact = style.Length <= 256 ? stackalloc char[style.Length] : new char[style.Length];
        var length = 0;
        foreach (var c in style)
            if (c != ' ') compact[length++] = char.ToLowerInvariant(c);
        compact = compact[..length];
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    public static bool HintsByline(HtmlNode element)
    {
        if (!element.HasAttributes) return false;
        if (element.GetAttributeValue("rel", "") == "author") return true;
        if (element.GetAttributeValue("itemprop", "").Contains("author", StringComparison.Ordinal)) return true;
        return (ClassAndIdHints(element) & Hint.Byline) != 0;
    }

    private static Hint ClassAndIdHints(HtmlNode element)
    {
        var hints = Scan(element.GetAttributeValue("class", ""), out _);
        var idHints = Scan(element.GetAttributeValue("id", ""), out var idWords);
        // Long ids are slugs of a heading ("sharing-with-a-single-developer"), not names of widgets.
        return idWords < 4 ? hints | idHints : hints;
    }

    /// <summary>Reads "article-body shareBar_top" as the words article, body, share, bar, top without allocating them.</summary>
    private static Hint Scan(string value, out int words)
    {
        words = 0;
        var hints = Hint.None;
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && !char.IsLetterOrDigit(value[i])) i++;
            if (i >= value.Length) break;
            var start = i++;
            while (i < value.Length && char.IsLetterOrDigit(value[i]) && !(char.IsUpper(value[i]) && char.IsLower(value[i - 1]))) i++;
            words++;
            if (i - start <= LongestWord && WordLookup.TryGetValue(value.AsSpan(start, i - start), out var wordHints)) hints |= wordHints;
        }
        return hints;
    }

    /// <summary>Every listed word with all the hints it gives: one lookup per word of a class or id, not one per list.</summary>
    private static readonly Dictionary<string, Hint> Words = BuildWords();

    private static readonly Dictionary<string, Hint>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestWord = Words.Keys.Max(w => w.Length);

    private static Dictionary<string, Hint> BuildWords()
    {
        var words = new Dictionary<string, Hint>(StringComparer.OrdinalIgnoreCase);
        foreach (var (list, hint) in new[]
                 {
                     (StrongNegative, Hint.Strong), (WeakNegative, Hint.Weak), (Positive, Hint.Positive),
                     (ContentWeight, Hint.ContentWeight), (NegativeWeight, Hint.NegativeWeight), (BylineWords, Hint.Byline),
                 })
            foreach (var word in list) words[word] = words.GetValueOrDefault(word) | hint;
        return words;
    }
}
