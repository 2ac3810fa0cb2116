using Azure;
using Azure.Data.Tables;
using Moq;

namespace Alerts.Tests.Pipeline;

/// <summary>A TableClient fake that holds rows in memory: enough for the stores' point reads and upserts.</summary>
public static class TableMocks
{
    public static Mock<TableClient> InMemory(Dictionary<(string, string), TableEntity>? rows = null)
    {
        rows ??= [];
        var table = new Mock<TableClient>();
        table.Setup(t => t.GetEntityIfExistsAsync<TableEntity>(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IEnumerable<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string pk, string rk, IEnumerable<string> _, CancellationToken _) =>
            {
                var found = rows.TryGetValue((pk, rk), out var e);
                var response = new Mock<NullableResponse<TableEntity>>();
                response.SetupGet(r => r.HasValue).Returns(found);
                response.SetupGet(r => r.Value).Returns(e!);
                return response.Object;
            });
        table.Setup(t => t.UpsertEntityAsync(It.IsAny<TableEntity>(), It.IsAny<TableUpdateMode>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TableEntity e, TableUpdateMode mode, CancellationToken _) =>
            {
                rows[(e.PartitionKey, e.RowKey)] = Upserted(rows.GetValueOrDefault((e.PartitionKey, e.RowKey)), e, mode);
                return Mock.Of<Response>();
            });
        return table;
    }

    /// <summary>The row after an upsert: a replace keeps only the new properties, a merge adds them to the old row's.</summary>
    public static TableEntity Upserted(TableEntity? existing, TableEntity update, TableUpdateMode mode)
    {
        if (mode == TableUpdateMode.Replace || existing is null) return update;
        var merged = new TableEntity(existing);
        foreach (var (name, value) in update) merged[name] = value;
        return merged;
    }
}
