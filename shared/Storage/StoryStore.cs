using Azure;
using Azure.Data.Tables;
using Alerts.Pipeline;

namespace Alerts.Storage;

/// <summary>One flagged item, stored under its story.</summary>
public sealed record StoredAlert
{
    /// <summary>The story thread the digest shows.</summary>
    public required string StoryId { get; init; }
    /// <summary>The event within the thread (talks and the confirmed release are two events of one thread).</summary>
    public string EventId { get; init; } = "";
    public required string ItemKey { get; init; }
    public string Title { get; init; } = "";
    public string? Link { get; init; }
    public string SourceId { get; init; } = "";
    public string? SourceName { get; init; }
    public DateTimeOffset Published { get; init; }
    public DateTimeOffset FlaggedAt { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public string? ReleaseStage { get; init; }
    public string? SanctionsAction { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public int? ReleasedCount { get; init; }
    public IReadOnlyList<string> Evidence { get; init; } = [];
    public double Confidence { get; init; }
    public string Lang { get; init; } = "";
    public string Change { get; init; } = "";
}

/// <summary>The story thread as the digest shows it; Version grows only with a new development, never with a repeat.</summary>
public sealed record StoredStory
{
    public required string StoryId { get; init; }
    public string Headline { get; init; } = "";
    public IReadOnlyList<string> Topics { get; init; } = [];
    public string? ReleaseStage { get; init; }
    public string? SanctionsAction { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public int? ReleasedCount { get; init; }
    public IReadOnlyList<string> Evidence { get; init; } = [];
    public IReadOnlyList<string> Langs { get; init; } = [];
    public DateTimeOffset FirstSeen { get; init; }
    public DateTimeOffset LastChanged { get; init; }
    public DateTimeOffset EarliestPublished { get; init; }
    public int Version { get; init; }
    public int SourceCount { get; init; }
}

public sealed class StoryStore(TableClient alerts, TableClient stories, TimeProvider time)
{
    private const string StoryPartition = "story";

    /// <summary>
    /// Stores the alert and folds it into its story. Idempotent per item: a redelivered item neither adds a
    /// source twice nor bumps the version twice. Returns the story after the change.
    /// </summary>
    public async Task<StoredStory> RecordAsync(StoredAlert alert, bool isDevelopment, CancellationToken ct = default)
    {
        // Copies of one story analysed at once in this process would otherwise race for its row, and all but one
        // read and write it again: they take turns here, so only other instances' writes cost a retry.
        var turn = _storyTurns[(int)((uint)StringComparer.Ordinal.GetHashCode(alert.StoryId) % (uint)_storyTurns.Length)];
        await turn.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await RecordInTurnAsync(alert, isDevelopment, ct).ConfigureAwait(false);
        }
        finally
        {
            turn.Release();
        }
    }

    private readonly SemaphoreSlim[] _storyTurns = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    private async Task<StoredStory> RecordInTurnAsync(StoredAlert alert, bool isDevelopment, CancellationToken ct)
    {
        var inserted = true;
        try
        {
            await alerts.AddEntityAsync(ToEntity(alert), ct).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            inserted = false;
        }

        for (var attempt = 0; ; attempt++)
        {
            var row = await stories.GetEntityIfExistsAsync<TableEntity>(StoryPartition, alert.StoryId, cancellationToken: ct).ConfigureAwait(false);
            var now = time.GetUtcNow();
            StoredStory next;
            if (!row.HasValue || row.Value is null)
            {
                next = new StoredStory
                {
                    StoryId = alert.StoryId, Headline = alert.Title, Topics = alert.Topics, ReleaseStage = alert.ReleaseStage,
                    SanctionsAction = alert.SanctionsAction, Countries = alert.Countries, ReleasedCount = alert.ReleasedCount,
                    Evidence = alert.Evidence, Langs = [alert.Lang], FirstSeen = now, LastChanged = now,
                    EarliestPublished = alert.Published, Version = 1, SourceCount = 1,
                };
            }
            else
            {
                var current = FromStoryEntity(row.Value);
                if (!inserted) return current;
                next = Merge(current, alert, isDevelopment, now);
            }
            try
            {
                if (!row.HasValue || row.Value is null) await stories.AddEntityAsync(ToStoryEntity(next), ct).ConfigureAwait(false);
                else await stories.UpdateEntityAsync(ToStoryEntity(next), row.Value.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
                return next;
            }
            catch (RequestFailedException ex) when ((ex.Status is 409 or 412) && attempt < 20)
            {
                // Another item of the same story won the race; fold into the newer row.
            }
        }
    }

    private static StoredStory Merge(StoredStory s, StoredAlert a, bool isDevelopment, DateTimeOffset now) => s with
    {
        // A development (talks to confirmed, proposal to adoption) takes the newer headline and stage.
        Headline = isDevelopment ? a.Title : s.Headline,
        ReleaseStage = isDevelopment && a.ReleaseStage != null ? a.ReleaseStage : s.ReleaseStage ?? a.ReleaseStage,
        SanctionsAction = isDevelopment && a.SanctionsAction != null ? a.SanctionsAction : s.SanctionsAction ?? a.SanctionsAction,
        Topics = s.Topics.Union(a.Topics).ToList(),
        Countries = s.Countries.Union(a.Countries).ToList(),
        ReleasedCount = isDevelopment && a.ReleasedCount != null ? a.ReleasedCount : s.ReleasedCount ?? a.ReleasedCount,
        Evidence = isDevelopment ? a.Evidence : s.Evidence,
        Langs = s.Langs.Union([a.Lang]).ToList(),
        LastChanged = isDevelopment ? now : s.LastChanged,
        EarliestPublished = a.Published < s.EarliestPublished ? a.Published : s.EarliestPublished,
        Version = isDevelopment ? s.Version + 1 : s.Version,
        SourceCount = s.SourceCount + 1,
    };

    public async Task<StoredStory?> GetStoryAsync(string storyId, CancellationToken ct = default)
    {
        var row = await stories.GetEntityIfExistsAsync<TableEntity>(StoryPartition, storyId, cancellationToken: ct).ConfigureAwait(false);
        return row.HasValue && row.Value is { } e ? FromStoryEntity(e) : null;
    }

    /// <summary>Stories with a development after <paramref name="since"/> and up to <paramref name="until"/>.</summary>
    public async Task<IReadOnlyList<StoredStory>> ChangedBetweenAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken ct = default)
    {
        var list = new List<StoredStory>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {StoryPartition} and LastChanged gt {since} and LastChanged le {until}");
        await foreach (var e in stories.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            list.Add(FromStoryEntity(e));
        }
        return list.OrderBy(s => s.LastChanged).ToList();
    }

    public async Task<IReadOnlyList<StoredStory>> RecentAsync(int max, CancellationToken ct = default)
    {
        var list = new List<StoredStory>();
        await foreach (var e in stories.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {StoryPartition}"), cancellationToken: ct).ConfigureAwait(false))
        {
            list.Add(FromStoryEntity(e));
        }
        return list.OrderByDescending(s => s.LastChanged).Take(max).ToList();
    }

    public async Task<IReadOnlyList<StoredAlert>> AlertsOfAsync(string storyId, CancellationToken ct = default)
    {
        var list = new List<StoredAlert>();
        await foreach (var e in alerts.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {storyId}"), cancellationToken: ct).ConfigureAwait(false))
        {
            list.Add(FromEntity(e));
        }
        return list.OrderBy(a => a.Published).ToList();
    }

    private static TableEntity ToEntity(StoredAlert a) => new(a.StoryId, a.ItemKey)
    {
        ["EventId"] = a.EventId, ["Title"] = a.Title, ["Link"] = a.Link, ["SourceId"] = a.SourceId, ["SourceName"] = a.SourceName,
        ["Published"] = a.Published, ["FlaggedAt"] = a.FlaggedAt, ["Topics"] = Join(a.Topics),
        ["ReleaseStage"] = a.ReleaseStage, ["SanctionsAction"] = a.SanctionsAction, ["Countries"] = Join(a.Countries),
        ["ReleasedCount"] = a.ReleasedCount, ["Evidence"] = PipelineJson.Serialize(a.Evidence),
        ["Confidence"] = a.Confidence, ["Lang"] = a.Lang, ["Change"] = a.Change,
    };

    private static StoredAlert FromEntity(TableEntity e) => new()
    {
        StoryId = e.PartitionKey, EventId = e.GetString("EventId") ?? "", ItemKey = e.RowKey, Title = e.GetString("Title") ?? "", Link = e.GetString("Link"),
        SourceId = e.GetString("SourceId") ?? "", SourceName = e.GetString("SourceName"),
        Published = e.GetDateTimeOffset("Published") ?? default, FlaggedAt = e.GetDateTimeOffset("FlaggedAt") ?? default,
        Topics = Split(e.GetString("Topics")), ReleaseStage = e.GetString("ReleaseStage"), SanctionsAction = e.GetString("SanctionsAction"),
        Countries = Split(e.GetString("Countries")), ReleasedCount = e.GetInt32("ReleasedCount"),
        Evidence = ReadList(e.GetString("Evidence")), Confidence = e.GetDouble("Confidence") ?? 0,
        Lang = e.GetString("Lang") ?? "", Change = e.GetString("Change") ?? "",
    };

    private static TableEntity ToStoryEntity(StoredStory s) => new(StoryPartition, s.StoryId)
    {
        ["Headline"] = s.Headline, ["Topics"] = Join(s.Topics), ["ReleaseStage"] = s.ReleaseStage,
        ["SanctionsAction"] = s.SanctionsAction, ["Countries"] = Join(s.Countries), ["ReleasedCount"] = s.ReleasedCount,
        ["Evidence"] = PipelineJson.Serialize(s.Evidence), ["Langs"] = Join(s.Langs), ["FirstSeen"] = s.FirstSeen,
        ["LastChanged"] = s.LastChanged, ["EarliestPublished"] = s.EarliestPublished, ["Version"] = s.Version, ["SourceCount"] = s.SourceCount,
    };

    private static StoredStory FromStoryEntity(TableEntity e) => new()
    {
        StoryId = e.RowKey, Headline = e.GetString("Headline") ?? "",
        Topics = Split(e.GetString("Topics")), ReleaseStage = e.GetString("ReleaseStage"), SanctionsAction = e.GetString("SanctionsAction"),
        Countries = Split(e.GetString("Countries")), ReleasedCount = e.GetInt32("ReleasedCount"), Evidence = ReadList(e.GetString("Evidence")),
        Langs = Split(e.GetString("Langs")), FirstSeen = e.GetDateTimeOffset("FirstSeen") ?? default,
        LastChanged = e.GetDateTimeOffset("LastChanged") ?? default, EarliestPublished = e.GetDateTimeOffset("EarliestPublished") ?? default,
        Version = e.GetInt32("Version") ?? 1, SourceCount = e.GetInt32("SourceCount") ?? 1,
    };

    private static string Join(IEnumerable<string> values) => string.Join(',', values);
    private static IReadOnlyList<string> Split(string? s) => string.IsNullOrEmpty(s) ? [] : s.Split(',');
    private static IReadOnlyList<string> ReadList(string? json) =>
        string.IsNullOrEmpty(json) ? [] : PipelineJson.Deserialize<List<string>>(json) ?? [];
}
