using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace Alerts.Stories;

/// <summary>
/// Story signatures in Azure Table Storage, one row per assigned item, partitioned by UTC day ("20251213") so a
/// lookup of the recent window is one range query over a handful of partitions.
/// </summary>
public sealed class TableStoryIndex : IStoryIndex
{
    private const char ListSeparator = ' ';
    private readonly TableClient _table;

    public TableStoryIndex(TableClient table) => _table = table;

    public static string PartitionFor(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<StorySignature>> RecentAsync(DateTimeOffset around, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var from = PartitionFor(around - window);
        var to = PartitionFor(around + window);
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey le {to}");
        var result = new List<StorySignature>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var signature = FromRow(row);
            if ((signature.Published - around).Duration() <= window) result.Add(signature);
        }
        return result;
    }

    public async Task AddAsync(StorySignature signature, CancellationToken cancellationToken = default)
    {
        await _table.UpsertEntityAsync(ToRow(signature), TableUpdateMode.Replace, cancellationToken);
    }

    internal static TableEntity ToRow(StorySignature s) => new(PartitionFor(s.Published), Uri.EscapeDataString(s.ItemId))
    {
        ["ItemId"] = s.ItemId,
        ["StoryId"] = s.StoryId,
        ["ThreadId"] = s.ThreadId,
        ["Published"] = s.Published,
        ["Lang"] = s.Lang,
        ["Topics"] = Join(s.Topics),
        ["Stage"] = s.Stage,
        ["Countries"] = Join(s.Countries),
        ["ReleasedCount"] = s.Count,
        ["Names"] = Join(s.Names),
        ["Numbers"] = Join(s.Numbers),
        ["Terms"] = Join(s.Terms),
        ["SimHash"] = unchecked((long)s.SimHash),
    };

    internal static StorySignature FromRow(TableEntity row) => new()
    {
        ItemId = row.GetString("ItemId") ?? Uri.UnescapeDataString(row.RowKey),
        StoryId = row.GetString("StoryId") ?? "",
        ThreadId = row.GetString("ThreadId") ?? "",
        Published = row.GetDateTimeOffset("Published") ?? DateTimeOffset.MinValue,
        Lang = row.GetString("Lang") ?? "",
        Topics = Split(row.GetString("Topics")),
        Stage = row.GetString("Stage") ?? "",
        Countries = Split(row.GetString("Countries")),
        Count = row.GetInt32("ReleasedCount"),
        Names = Split(row.GetString("Names")),
        Numbers = Split(row.GetString("Numbers")),
        Terms = Split(row.GetString("Terms")),
        SimHash = unchecked((ulong)(row.GetInt64("SimHash") ?? 0)),
    };

    private static string Join(IReadOnlyList<string> values) => string.Join(ListSeparator, values);

    // Lists are stored in the sorted order the similarity relies on; sorting again guards rows written by hand.
    private static IReadOnlyList<string> Split(string? value) =>
        string.IsNullOrEmpty(value) ? [] : StorySignatureBuilder.Sorted(value.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries));
}
