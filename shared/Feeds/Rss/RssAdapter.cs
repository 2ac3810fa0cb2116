using Alerts.Feeds.Dates;
using Alerts.Feeds.Text;
using Alerts.Feeds.Xml;

namespace Alerts.Feeds.Rss;

/// <summary>Maps an <see cref="RssChannel"/> (RSS or RDF) to the shared <see cref="ParsedFeed"/> model.</summary>
internal static class RssAdapter
{
    public static ParsedFeed Adapt(RssChannel channel, bool illFormed, IReadOnlyList<string> problems)
    {
        var language = channel.Language;
        var entries = new List<FeedEntry>(channel.Items.Count);
        foreach (var item in channel.Items) entries.Add(Adapt(item, language));
        return new ParsedFeed
        {
            Format = channel.Format,
            Title = FieldText.Plain(channel.Title),
            Link = BaseUris.ResolveLink(channel.BaseUri, channel.Link),
            Language = language,
            IllFormed = illFormed,
            Problems = problems,
            Items = entries,
        };
    }

    private static FeedEntry Adapt(RssItem item, string? feedLanguage)
    {
        var published = FeedDateParser.Parse(item.PubDate);
        var updated = FeedDateParser.Parse(item.Updated);
        var link = item.Link ?? (item.GuidIsPermaLink && FieldValues.LooksLikeUrl(item.Guid) ? item.Guid : null);
        return new FeedEntry
        {
            Id = item.Guid,
            Title = FieldText.Plain(item.Title),
            Link = BaseUris.ResolveLink(item.BaseUri, link),
            Published = published,
            Updated = updated,
            DateMissing = published is null && updated is null,
            Summary = FieldText.Html(item.Description),
            Content = FieldText.Html(item.Content),
            Authors = FieldValues.Distinct(item.Authors, AuthorText.Display),
            Categories = FieldValues.Distinct(item.Categories, PlainText.FromHtml),
            Enclosures = item.Enclosures
                .Select(e => new FeedEnclosure(BaseUris.ResolveLink(item.BaseUri, e.Url)!, FieldText.NullIfEmpty(e.Type?.Trim()), FieldValues.ParseLength(e.Length)))
                .ToList(),
            Language = item.Language ?? item.Lang ?? feedLanguage,
        };
    }
}
