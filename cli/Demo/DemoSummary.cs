using Alerts.Storage;
using Azure.Data.Tables;

namespace Alerts.Cli.Demo;

/// <summary>What one demo run did, read back from storage and from what actually arrived in maildev and the receiver.</summary>
public sealed record DemoSummary(int FeedsFetched, int FeedsFailed, int FeedsIllFormed, int ItemsNew, int AlertsFlagged, int Stories, int Emails, int TeamsPosts)
{
    public static async Task<DemoSummary> CollectAsync(PipelineStack stack, DateTimeOffset since, int emailsBefore, int postsBefore)
    {
        var feeds = (await new FeedStateStore(stack.Runner.Storage.Table(TableNames.Feeds)).ListAsync().ConfigureAwait(false))
            .Where(f => f.Health.LastAttempt >= since).ToList();
        var alerts = new List<TableEntity>();
        await foreach (var e in stack.Runner.Storage.Table(TableNames.Alerts).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"FlaggedAt ge {since}")).ConfigureAwait(false))
        {
            alerts.Add(e);
        }
        var emails = (await stack.MailDev.ListEmailsAsync().ConfigureAwait(false)).Count;
        return new DemoSummary(
            feeds.Count(f => f.Health.ConsecutiveFailures == 0), feeds.Count(f => f.Health.ConsecutiveFailures > 0),
            feeds.Count(f => f.Health.IllFormed && f.Health.ConsecutiveFailures == 0), feeds.Sum(f => f.NewItemsLastFetch),
            alerts.Count, alerts.Select(a => a.PartitionKey).Distinct().Count(), emails - emailsBefore, stack.Teams.Posts.Count - postsBefore);
    }

    public override string ToString() =>
        $"feeds fetched: {FeedsFetched} ok ({FeedsIllFormed} recovered from ill-formed XML), {FeedsFailed} failed\n" +
        $"items new:     {ItemsNew}\n" +
        $"alerts:        {AlertsFlagged} flagged, in {Stories} stories\n" +
        $"digests:       email {Emails}, teams {TeamsPosts}";
}
