using HtmlAgilityPack;

namespace Alerts.Extract;

/// <summary>
/// What class, id, role and tag names say about a block: content, likely boilerplate, or certainly boilerplate.
/// Class and id values are split into words so "share-bar" and "shareBar" both read as "share".
/// </summary>
internal static class BoilerplateHints
{
    /// <summary>Words that mark a block as boilerplate even when a content word sits beside them ("article-share").</summary>
    private static readonly string[] StrongNegative =
    [
        "share", "sharing", "social", "newsletter", "subscribe", "subscription", "signup", "cookie", "consent", "gdpr",
        "comment", "comments", "disqus", "related", "recommend", "recommended", "promo", "sponsor", "sponsored",
        "affiliate", "affilate", "advert", "advertisement", "ads", "adsense", "outbrain", "taboola", "popup", "modal",
        "breadcrumb", "breadcrumbs", "getapp", "appdownload", "paywall", "skyscraper", "shoutbox", "login", "print",
    ];

    /// <summary>Words that mark boilerplate unless a content word sits beside them ("post-footer" stays a candidate).</summary>
    private static readonly string[] WeakNegative =
    [
        "footer", "header", "nav", "navbar", "navigation", "menu", "sidebar", "banner", "widget", "masthead",
        "pagination", "pager", "toolbar", "extra", "supplemental", "remark", "replies", "rss", "tags", "combx",
        "community", "legends", "agegate", "yom", "aside", "hidden", "skip", "teaser", "trending", "ad",
    ];

    private static readonly string[] Positive =
    [
        "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "hentry", "column", "page",
        "prose", "shadow", "mathjax",
    ];

    private static readonly string[] ContentWeight = ["article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story"];

    private static readonly string[] NegativeWeight =
    [
        "hidden", "banner", "combx", "comment", "com", "contact", "foot", "footer", "footnote", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "tool", "widget", "social", "subscribe", "newsletter", "affiliate", "affilate", "ad", "ads",
    ];

    public enum Verdict { Keep, Drop }

    /// <summary>How far class and id hints are trusted; each retry of a page that gave too little text trusts them less.</summary>
    public enum Strictness { All, StrongOnly, None }

    /// <summary>Decides before scoring whether a block can hold article text at all.</summary>
    public static Verdict Judge(HtmlNode element, Strictness strictness = Strictness.All)
    {
        if (strictness == Strictness.None || !element.HasAttributes) return Verdict.Keep;
        if (element.Name is "body" or "html" or "article" or "main") return Verdict.Keep;
        var role = element.GetAttributeValue("role", "");
        if (role is "navigation" or "menu" or "menubar" or "complementary" or "alert" or "alertdialog" or "dialog" or "banner" or "contentinfo")
            return Verdict.Drop;
        var words = Words(element);
        if (words.Count == 0) return Verdict.Keep;
        var positive = words.Exists(w => Matches(w, Positive));
        if (words.Exists(w => Array.IndexOf(StrongNegative, w) >= 0)) return Verdict.Drop;
        if (strictness == Strictness.All && !positive && words.Exists(w => Array.IndexOf(WeakNegative, w) >= 0)) return Verdict.Drop;
        return Verdict.Keep;
    }

    /// <summary>Score adjustment from class and id: +25 for content words, -25 for boilerplate words, per attribute.</summary>
    public static int Weight(HtmlNode element)
    {
        if (!element.HasAttributes) return 0;
        var weight = 0;
        foreach (var attr in new[] { "class", "id" })
        {
            var value = element.GetAttributeValue(attr, "");
            if (value.Length == 0) continue;
            var words = Split(value);
            if (words.Exists(w => Array.IndexOf(NegativeWeight, w) >= 0)) weight -= 25;
            if (words.Exists(w => Matches(w, ContentWeight))) weight += 25;
        }
        return weight;
    }

    public static bool IsHidden(HtmlNode element)
    {
        if (!element.HasAttributes) return false;
        if (element.Attributes.Contains("hidden")) return true;
        if (element.GetAttributeValue("aria-hidden", "") == "true" &&
            !element.GetAttributeValue("class", "").Contains("fallback-image", StringComparison.Ordinal)) return true;
        var style = element.GetAttributeValue("style", "");
        if (style.Length == 0) return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    public static bool HintsByline(HtmlNode element)
    {
        if (!element.HasAttributes) return false;
        if (element.GetAttributeValue("rel", "") == "author") return true;
        if (element.GetAttributeValue("itemprop", "").Contains("author", StringComparison.Ordinal)) return true;
 var cls = element.GetAttributeValue("class", "");
        var id = element.GetAttributeValue("id", "");
        if (!MayHintByline(cls) && !MayHintByline(id)) return false;
        var words = Words(element);
        return words.Exists(w => w is "byline" or "author" or "dateline" or "writtenby" or "by" or "author-name" or "authorname");
    }

    private static bool MayHintByline(string value) =>
        value.Length > 0 && (value.Contains("by", StringComparison.OrdinalIgnoreCase) || value.Contains("author", StringComparison.OrdinalIgnoreCase)
                             || value.Contains("dateline", StringComparison.OrdinalIgnoreCase));

    private static List<string> Words(HtmlNode element)
    {
        var cls = element.GetAttributeValue("class", "");
        var id = element.GetAttributeValue("id", "");
        if (cls.Length == 0 && id.Length == 0) return [];
        var words = Split(cls);
        var idWords = Split(id);
        // Long ids are slugs of a heading ("sharing-with-a-single-developer"), not names of widgets.
        if (idWords.Count < 4) words.AddRange(idWords);
        return words;
    }

    /// <summary>Splits "article-body shareBar_top" into article, body, share, bar, top (lower case).</summary>
    internal static List<string> Split(string value)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var boundary = !char.IsLetterOrDigit(c) || (i > 0 && char.IsUpper(c) && char.IsLower(value[i - 1]));
            if (boundary && start >= 0)
            {
                words.Add(value[start..i].ToLowerInvariant());
                start = -1;
            }
            if (char.IsLetterOrDigit(c) && start < 0) start = i;
        }
        return words;
    }

    private static bool Matches(string word, string[] set) => Array.IndexOf(set, word) >= 0;
}
