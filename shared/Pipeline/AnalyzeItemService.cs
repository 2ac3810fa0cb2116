using System.Diagnostics;
using Alerts.Detect;
using Alerts.Extract;
using Alerts.Fetch;
using Alerts.Observability;
using Alerts.Storage;
using Alerts.Stories;
using Alerts.Subscribers;
using Microsoft.Extensions.Logging;

namespace Alerts.Pipeline;

public sealed record AnalyzeResult(Detection Detection, StoryAssignment? Assignment, IReadOnlyList<DeliveryMessage> Immediate);

/// <summary>What one items message came to: the results of the items judged (null for a redelivered one), and the items that failed.</summary>
public sealed record AnalyzeBatchResult(IReadOnlyList<AnalyzeResult?> Results, IReadOnlyList<ItemMessage> Failed);

/// <summary>
/// AnalyzeItem: article text when the summary is too short to judge, detection, the story thread, and the
/// immediate deliveries for subscribers who want them. Idempotent per item key: a redelivered message is a no-op.
/// </summary>
public sealed class AnalyzeItemService(
    IDetector detector,
    IStoryClusterer clusterer,
    StoryStore stories,
    SeenStore seen,
    ISubscriberStore subscribers,
    IFetcher fetcher,
    IArticleExtractor extractor,
    AnalyzeOptions options,
    TimeProvider time,
    ILogger<AnalyzeItemService> log)
{
    /// <summary>
    /// Judges the items of one message side by side. One item's failure does not fail the others: when some succeed,
    /// the failed ones are returned to be queued again each on its own (so a bad item reaches the poison queue alone and
    /// the others' deliveries go out now). When every item fails, or the message held one, the error is thrown and
    /// the whole message is retried; items already analysed are then skipped.
    /// </summary>
    public async Task<AnalyzeBatchResult> RunBatchAsync(IReadOnlyList<ItemMessage> items, CancellationToken ct = default)
    {
        if (items.Count == 1) return new AnalyzeBatchResult([await RunAsync(items[0], ct).ConfigureAwait(false)], []);
        var results = new AnalyzeResult?[items.Count];
        var errors = new Exception?[items.Count];
        await Task.WhenAll(items.Select(async (item, i) =>
        {
            try
            {
                results[i] = await RunAsync(item, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                errors[i] = ex;
            }
        })).ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
        var failed = Enumerable.Range(0, items.Count).Where(i => errors[i] is not null).ToList();
        if (failed.Count == items.Count)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(errors[0]!).Throw();
        }
        foreach (var i in failed)
        {
            log.LogWarning(LogEvents.ItemRequeued, errors[i], "AnalyzeItem item={ItemKey} feed={FeedId} failed in a message of {Count} items: {Error}; queued again on its own",
                items[i].ItemKey, items[i].SourceId, items.Count, errors[i]!.Message);
        }
        return new AnalyzeBatchResult(Enumerable.Range(0, items.Count).Where(i => errors[i] is null).Select(i => results[i]).ToList(),
            failed.Select(i => items[i]).ToList());
    }

    public async Task<AnalyzeResult?> RunAsync(ItemMessage item, CancellationToken ct = default)
    {
        if (await seen.IsAnalyzedAsync(item.ItemKey, ct).ConfigureAwait(false))
        {
            log.LogInformation(LogEvents.ItemAnalyzed, "AnalyzeItem item={ItemKey} already analysed (redelivery): nothing to do", item.ItemKey);
            return null;
        }
        var watch = Stopwatch.StartNew();
        var summary = item.Summary;
        if (TextLength(item.Summary) + TextLength(item.Content) < options.MinSummaryChars && item.Link is { } link && options.FetchArticles)
        {
            // The detector judges a headline and its lede; a teaser too short to judge is replaced by the
            // article's opening paragraphs.
            if (await FetchArticleTextAsync(item, link, ct).ConfigureAwait(false) is { } article)
            {
                summary = Lede(article, options.ArticleLedeChars);
            }
        }
        var input = new DetectInput
        {
            Id = item.ItemKey, Lang = item.LangHint, Title = item.Title, Summary = summary, Content = item.Content,
            Source = item.SourceName, Url = item.Link, Published = item.Published,
        };
        var detection = detector.Detect(input);
        if (!detection.Flagged)
        {
            await seen.MarkAnalyzedAsync(item.ItemKey, null, ct).ConfigureAwait(false);
            log.LogInformation(LogEvents.ItemAnalyzed, "AnalyzeItem item={ItemKey} feed={FeedId} flagged=false lang={Lang} ms={Ms}",
                item.ItemKey, item.SourceId, detection.Lang, watch.ElapsedMilliseconds);
            return new AnalyzeResult(detection, null, []);
        }

        var assignment = await clusterer.AssignAsync(input, detection, ct).ConfigureAwait(false);
        // Digests show one entry per thread (talks, then the confirmed release); the event id stays on the alert.
        var threadId = string.IsNullOrEmpty(assignment.ThreadId) ? assignment.StoryId : assignment.ThreadId;
        var now = time.GetUtcNow();
        var story = await stories.RecordAsync(new StoredAlert
        {
            StoryId = threadId, EventId = assignment.StoryId, ItemKey = item.ItemKey, Title = item.Title, Link = item.Link, SourceId = item.SourceId,
            SourceName = item.SourceName, Published = item.Published, FlaggedAt = now, Topics = detection.Topics,
            ReleaseStage = detection.ReleaseStage, SanctionsAction = detection.SanctionsAction, Countries = detection.Countries,
            ReleasedCount = detection.ReleasedCount, Evidence = detection.Evidence, Confidence = detection.Confidence,
            Lang = detection.Lang, Change = assignment.Change.ToString(),
        }, assignment.Change != StoryChange.Repeat, ct).ConfigureAwait(false);

        var immediate = assignment.Change == StoryChange.Repeat
            ? []
            : await ImmediateDeliveriesAsync(story, now, ct).ConfigureAwait(false);
        await seen.MarkAnalyzedAsync(item.ItemKey, threadId, ct).ConfigureAwait(false);

        AlertsMetrics.AlertsFlagged.Add(1, new KeyValuePair<string, object?>("topic", string.Join('+', detection.Topics)),
            new KeyValuePair<string, object?>("stage", detection.ReleaseStage ?? detection.SanctionsAction ?? "none"));
        if (assignment.Change == StoryChange.New) AlertsMetrics.StoriesNew.Add(1);
        if (assignment.Change == StoryChange.Update) AlertsMetrics.StoriesUpdated.Add(1);
        using (log.BeginScope(new Dictionary<string, object> { ["StoryId"] = threadId, ["ItemKey"] = item.ItemKey }))
        {
            log.LogInformation(LogEvents.ItemFlagged,
                "AnalyzeItem item={ItemKey} feed={FeedId} flagged=true topics={Topics} stage={Stage} story={StoryId} event={EventId} change={Change} sources={Sources} immediate={Immediate} ms={Ms}",
                item.ItemKey, item.SourceId, string.Join('+', detection.Topics), detection.ReleaseStage ?? detection.SanctionsAction ?? "-",
                threadId, assignment.StoryId, assignment.Change, story.SourceCount, immediate.Count, watch.ElapsedMilliseconds);
        }
        return new AnalyzeResult(detection, assignment, immediate);
    }

    private async Task<IReadOnlyList<DeliveryMessage>> ImmediateDeliveriesAsync(StoredStory story, DateTimeOffset now, CancellationToken ct)
    {
        var list = new List<DeliveryMessage>();
        var digestStory = DigestAssembler.Summary(story);
        foreach (var s in await ImmediateSubscribersAsync(now, ct).ConfigureAwait(false))
        {
            // In quiet hours an immediate alert waits: SendDigests picks it up when they end.
            if (s.Preferences.InQuietHours(now)) continue;
            if (!PreferenceFilter.Matches(digestStory, s.Preferences, story.Langs)) continue;
            list.Add(new DeliveryMessage
            {
                DeliveryKey = $"story:{s.Id}:{story.StoryId}:v{story.Version}",
                SubscriberId = s.Id,
                Channel = s.Channel == Channel.Teams ? DeliveryChannel.Teams : DeliveryChannel.Email,
                WindowStart = now, WindowEnd = now, StoryIds = [story.StoryId], Immediate = true,
            });
        }
        return list;
    }

    private sealed record SubscriberSnapshot(DateTimeOffset At, IReadOnlyList<Subscriber> List);

    // Replaced whole, never mutated: concurrent invocations see one snapshot or the next.
    private volatile SubscriberSnapshot? _immediate;

    /// <summary>
    /// Healthy subscribers with the immediate cadence, read at most every <see cref="AnalyzeOptions.SubscriberCacheTime"/>:
    /// listing them decrypts every address, too much to repeat for each flagged item of a busy batch. A subscriber
    /// who left meanwhile is not sent to: Deliver checks the status again.
    /// </summary>
    private async Task<IReadOnlyList<Subscriber>> ImmediateSubscribersAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (_immediate is { } cached && now - cached.At < options.SubscriberCacheTime) return cached.List;
        var list = (await subscribers.ListActiveAsync(ct).ConfigureAwait(false))
            .Where(s => s.Health != ChannelHealth.Failing && s.Preferences.ParsedCadence().Kind == CadenceKind.Immediate)
            .ToList();
        _immediate = new SubscriberSnapshot(now, list);
        return list;
    }

    private async Task<string?> FetchArticleTextAsync(ItemMessage item, string link, CancellationToken ct)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var url)) return null;
        var page = await fetcher.FetchAsync(new FetchRequest(url, FetchPurpose.Page), ct).ConfigureAwait(false);
        if (page.Outcome != FetchOutcome.Ok)
        {
            log.LogWarning(LogEvents.ArticleFetchFailed, "AnalyzeItem item={ItemKey} article fetch failed: {Error}; judging on the summary", item.ItemKey, page.Error ?? page.Outcome.ToString());
            return null;
        }
        var article = extractor.Extract(HtmlText.Decode(page.Body, page.Charset), page.FinalUrl);
        return string.IsNullOrWhiteSpace(article.Text) ? null : article.Text;
    }

    private static int TextLength(string? s) => s?.Length ?? 0;

    /// <summary>
    /// The article's opening sentences, as a feed summary would give them: whole sentences up to the limit. Later
    /// paragraphs are background (earlier releases, older sanctions) that would mislead the stage.
    /// </summary>
    internal static string Lede(string article, int maxChars)
    {
        var text = article.Trim();
        if (text.Length <= maxChars) return text;
        var cut = -1;
        for (var i = 0; i < maxChars; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))) cut = i + 1;
        }
        return cut > 0 ? text[..cut] : text[..maxChars];
    }
}

public sealed class AnalyzeOptions
{
    /// <summary>Below this many characters of summary and content, the article page is fetched and extracted.</summary>
    public int MinSummaryChars { get; set; } = 100;
    public bool FetchArticles { get; set; } = true;
    /// <summary>How much of a fetched article stands in for the missing summary: its first sentences, like a feed summary.</summary>
    public int ArticleLedeChars { get; set; } = 320;
    public TimeSpan SubscriberCacheTime { get; set; } = TimeSpan.FromSeconds(30);
}
