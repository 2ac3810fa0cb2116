using System.Diagnostics;
using Alerts.Dedup;
using Alerts.Extract;
using Alerts.Feeds;
using Alerts.Fetch;
using Alerts.Observability;
using Alerts.Sources;
using Alerts.Storage;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;

namespace Alerts.Pipeline;

public sealed record FetchSummary(string SourceId, string Status, int Items, int New, long Ms);

/// <summary>
/// FetchFeed: conditional GET, parse, drop items already seen, queue the new ones. The order is what makes
/// it lossless: items are queued first, then marked seen, then the conditional-GET validators are saved. A
/// crash in between re-fetches and re-queues; AnalyzeItem is idempotent per item key.
/// </summary>
public sealed class FetchFeedService(
    ISourceDirectory sources,
    IFetcher fetcher,
    IFeedParser feedParser,
    IPageListParser pageParser,
    FeedStateStore states,
    SeenStore seen,
    QueueClient itemsQueue,
    FeedHealthPolicy policy,
    ItemBatchOptions batching,
    TimeProvider time,
    ILogger<FetchFeedService> log)
{
    /// <summary>Messages in flight at once from one fetch.</summary>
    private const int SendParallelism = 16;

    public async Task<FetchSummary> RunAsync(FeedDueMessage message, CancellationToken ct = default)
    {
        var source = sources.Find(message.SourceId);
        if (source is null)
        {
            // A source removed from the catalogue after it was queued: nothing to do, and nothing to retry.
            log.LogWarning(LogEvents.SourceUnknown, "FetchFeed feed={FeedId} status=unknown-source (not in the catalogue; message dropped)", message.SourceId);
            return new FetchSummary(message.SourceId, "unknown-source", 0, 0, 0);
        }

        var watch = Stopwatch.StartNew();
        var state = await states.GetAsync(source.Id, ct).ConfigureAwait(false);
        var purpose = source.Kind == SourceKind.Page ? FetchPurpose.Page : FetchPurpose.Feed;
        var result = await fetcher.FetchAsync(new FetchRequest(new Uri(source.Url), purpose, state.Health.ETag, state.Health.LastModified), ct).ConfigureAwait(false);
        var now = time.GetUtcNow();

        if (result.Outcome == FetchOutcome.NotModified)
        {
            await states.SaveAsync(state with { Health = policy.Record(state.Health, result, now, source.Interval), ItemsLastFetch = 0, NewItemsLastFetch = 0 }, ct).ConfigureAwait(false);
            AlertsMetrics.FeedsNotModified.Add(1);
            log.LogInformation(LogEvents.FetchDone, "FetchFeed feed={FeedId} status={Status} items={Items} new={New} ms={Ms}", source.Id, 304, 0, 0, watch.ElapsedMilliseconds);
            return new FetchSummary(source.Id, "304", 0, 0, watch.ElapsedMilliseconds);
        }
        if (result.Outcome != FetchOutcome.Ok)
        {
            var failed = policy.Record(state.Health, result, now, source.Interval);
            await states.SaveAsync(state with { Health = failed }, ct).ConfigureAwait(false);
            AlertsMetrics.FeedsFailed.Add(1);
            log.LogWarning(LogEvents.FetchFailed, "FetchFeed feed={FeedId} status={Status} error={Error} failures={Failures} nextDue={NextDue:O} ms={Ms}",
                source.Id, result.StatusCode?.ToString() ?? result.Outcome.ToString(), result.Error, failed.ConsecutiveFailures, failed.NextDue, watch.ElapsedMilliseconds);
            return new FetchSummary(source.Id, result.Outcome.ToString(), 0, 0, watch.ElapsedMilliseconds);
        }

        IReadOnlyList<FeedEntry> entries;
        var illFormed = false;
        try
        {
            if (source.Kind == SourceKind.Page)
            {
                entries = pageParser.Parse(HtmlText.Decode(result.Body, result.Charset), result.FinalUrl, source.Selectors!);
            }
            else
            {
                var feed = feedParser.Parse(result.Body, result.Charset, result.FinalUrl);
                entries = feed.Items;
                illFormed = feed.IllFormed;
                if (illFormed)
                {
                    log.LogWarning(LogEvents.FeedIllFormed, "FetchFeed feed={FeedId} ill-formed, recovered {Items} items: {Problems}",
                        source.Id, feed.Items.Count, string.Join("; ", feed.Problems.Take(3)));
                }
            }
        }
        catch (Exception ex) when (ex is FeedParseException or SelectorException)
        {
            var failed = policy.Record(state.Health, result, now, source.Interval, parseError: ex.Message);
            await states.SaveAsync(state with { Health = failed }, ct).ConfigureAwait(false);
            AlertsMetrics.FeedsFailed.Add(1);
            log.LogWarning(LogEvents.FeedUnparseable, "FetchFeed feed={FeedId} status=unparseable error={Error} failures={Failures} ms={Ms}",
                source.Id, ex.Message, failed.ConsecutiveFailures, watch.ElapsedMilliseconds);
            return new FetchSummary(source.Id, "unparseable", 0, 0, watch.ElapsedMilliseconds);
        }

        var unstable = ItemIdentity.HasUnstableGuids(entries);
        var keyed = entries
            .Select(e => (Key: ItemIdentity.KeyFor(e, source.Id, unstable), Entry: e))
            .DistinctBy(x => x.Key)
            .ToList();
        var keys = keyed.Select(k => k.Key).ToList();
        // Keys the last fetch carried are seen already (they were remembered only after being marked): a feed that brings
        // one new item among twenty costs one read, not twenty.
        var remembered = state.LastFetchKeys.ToHashSet(StringComparer.Ordinal);
        var unseen = await seen.FilterUnseenAsync(keys.Where(k => !remembered.Contains(k)), ct).ConfigureAwait(false);
        var fresh = keyed.Where(k => unseen.Contains(k.Key)).ToList();

        // The queue service takes one message per request: pack the items (a few per message), send the messages side by
        // side, and only when every send has succeeded mark the items seen (a failed send fails the invocation and the
        // retry queues them again).
        var packed = ItemBatches.Pack(fresh.Select(f => ToItem(f.Key, f.Entry, source, now)), batching);
        if (packed.Trimmed > 0)
        {
            log.LogWarning(LogEvents.ItemTrimmed, "FetchFeed feed={FeedId} {Count} item(s) larger than a queue message: content cut to fit", source.Id, packed.Trimmed);
        }
        await Parallel.ForEachAsync(packed.Messages, new ParallelOptions { MaxDegreeOfParallelism = SendParallelism, CancellationToken = ct },
            async (text, token) => await itemsQueue.SendMessageAsync(text, token).ConfigureAwait(false)).ConfigureAwait(false);
        await seen.MarkSeenAsync(fresh.Select(f => (f.Key, source.Id)), ct).ConfigureAwait(false);
        // Saved last: the validators and the remembered keys only once every new item is queued and marked seen.
        await states.SaveAsync(state with
        {
            LastFetchKeys = keys,
            Health = policy.Record(state.Health, result, now, source.Interval, illFormed),
            ItemsLastFetch = entries.Count,
            NewItemsLastFetch = fresh.Count,
            TotalNewItems = state.TotalNewItems + fresh.Count,
        }, ct).ConfigureAwait(false);

        AlertsMetrics.FeedsFetched.Add(1);
        AlertsMetrics.ItemsNew.Add(fresh.Count);
        AlertsMetrics.ItemsDuplicate.Add(entries.Count - fresh.Count);
        log.LogInformation(LogEvents.FetchDone, "FetchFeed feed={FeedId} status={Status} items={Items} new={New} messages={Messages} ms={Ms}",
            source.Id, result.StatusCode ?? 200, entries.Count, fresh.Count, packed.Messages.Count, watch.ElapsedMilliseconds);
        return new FetchSummary(source.Id, (result.StatusCode ?? 200).ToString(), entries.Count, fresh.Count, watch.ElapsedMilliseconds);
    }

    private static ItemMessage ToItem(string key, FeedEntry entry, SourceDefinition source, DateTimeOffset now) => new()
    {
        ItemKey = key,
        SourceId = source.Id,
        SourceName = source.Name ?? source.Id,
        LangHint = entry.Language ?? source.Lang,
        Title = entry.Title ?? "",
        Link = entry.Link,
        Summary = entry.Summary,
        Content = entry.Content,
        Published = entry.Published ?? entry.Updated ?? now,
        DateMissing = entry.Published is null && entry.Updated is null,
        FetchedAt = now,
    };
}
