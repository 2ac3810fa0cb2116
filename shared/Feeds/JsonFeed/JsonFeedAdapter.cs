using Alerts.Feeds.Dates;
using Alerts.Feeds.Text;
using Alerts.Feeds.Xml;

namespace Alerts.Feeds.JsonFeed;

/// <summary>Maps a <see cref="JsonFeedDocument"/> to <see cref="ParsedFeed"/>; relative URLs resolve against the feed URL.</summary>
internal static class JsonFeedAdapter
{
    public static ParsedFeed Adapt(JsonFeedDocument feed, Uri? baseUri, IReadOnlyList<string> problems)
    {
        var feedBase = baseUri ?? (Uri.TryCreate(feed.FeedUrl, UriKind.Absolute, out var own) ? own : null);
        return new ParsedFeed
        {
            Format = feed.Format,
            Title = PlainText.FromHtml(feed.Title),
            Link = BaseUris.ResolveLink(feedBase, feed.HomePageUrl),
            Language = feed.Language,
            Problems = problems,
            Items = feed.Items.Select(i => Adapt(i, feed, feedBase)).ToList(),
        };
    }

    private static FeedEntry Adapt(JsonFeedItem item, JsonFeedDocument feed, Uri? feedBase)
    {
        var published = FeedDateParser.Parse(item.DatePublished);
        var updated = FeedDateParser.Parse(item.DateModified);
        return new FeedEntry
        {
            Id = item.Id,
            Title = FieldText.NullIfEmpty(PlainText.FromHtml(item.Title)),
            Link = BaseUris.ResolveLink(feedBase, item.Url ?? item.ExternalUrl),
            Published = published,
            Updated = updated,
            DateMissing = published is null && updated is null,
            Summary = item.Summary,
            Content = item.ContentHtml is { } html ? HtmlLinkResolver.Resolve(html, feedBase) : item.ContentText,
            Authors = FieldValues.Distinct((item.Authors.Count > 0 ? item.Authors : feed.Authors).Select(a => a.Name ?? a.Url)),
            Categories = FieldValues.Distinct(item.Tags),
            Enclosures = item.Attachments
                .Select(a => new FeedEnclosure(BaseUris.ResolveLink(feedBase, a.Url)!, a.MimeType, a.SizeInBytes))
                .ToList(),
            Language = item.Language ?? feed.Language,
        };
    }
}
