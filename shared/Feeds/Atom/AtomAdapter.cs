using Alerts.Feeds.Dates;
using Alerts.Feeds.Text;

namespace Alerts.Feeds.Atom;

/// <summary>Maps an <see cref="AtomFeed"/> to <see cref="ParsedFeed"/>.</summary>
internal static class AtomAdapter
{
    public static ParsedFeed Adapt(AtomFeed feed, bool illFormed, IReadOnlyList<string> problems) => new()
    {
        Format = feed.Format,
        Title = AtomText.Plain(feed.Title),
        Link = Alternate(feed.Links),
        Language = feed.Lang,
        IllFormed = illFormed,
        Problems = problems,
        Items = feed.Entries.Select(e => Adapt(e, feed.Lang)).ToList(),
    };

    private static FeedEntry Adapt(AtomEntry entry, string? feedLanguage)
    {
        var updated = FeedDateParser.Parse(entry.Updated);
        // Many Atom feeds only give <updated> (required by RFC 4287); it is the best publication date they offer.
        var published = FeedDateParser.Parse(entry.Published) ?? updated;
        return new FeedEntry
        {
            Id = entry.Id,
            Title = AtomText.Plain(entry.Title),
            Link = Alternate(entry.Links),
            Published = published,
            Updated = updated,
            DateMissing = published is null && updated is null,
            Summary = AtomText.Html(entry.Summary),
            Content = AtomText.Html(entry.Content),
            Authors = FieldValues.Distinct(entry.Authors.Select(a => AuthorText.Display(a.Name, a.Email))),
            Categories = FieldValues.Distinct(entry.Categories),
            Enclosures = entry.Links.Where(l => l.Rel == "enclosure")
                .Select(l => new FeedEnclosure(l.Href, FieldText.NullIfEmpty(l.Type?.Trim()), FieldValues.ParseLength(l.Length)))
                .ToList(),
            Language = entry.Lang ?? feedLanguage,
        };
    }

    /// <summary>The rel="alternate" link, preferring an HTML one; the first link when none is marked alternate.</summary>
    private static string? Alternate(List<AtomLink> links)
    {
        AtomLink? best = null;
        foreach (var link in links)
        {
            if (link.Rel != "alternate") continue;
            if (best is null || (link.Type?.Contains("html", StringComparison.OrdinalIgnoreCase) == true
                                 && best.Type?.Contains("html", StringComparison.OrdinalIgnoreCase) != true))
            {
                best = link;
            }
        }
        return (best ?? links.FirstOrDefault(l => l.Rel is not ("self" or "enclosure" or "edit" or "replies" or "hub")))?.Href;
    }
}
