using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using Moq;

namespace Alerts.Tests.Pipeline;

/// <summary>
/// A thread-safe in-memory TableClient fake that counts point reads, for the stores that read in parallel: point
/// reads, upserts, transactions, and queries by partition.
/// </summary>
public sealed partial class CountingTable
{
    public ConcurrentDictionary<(string Pk, string Rk), TableEntity> Rows { get; } = new();
    public Mock<TableClient> Mock { get; } = new();
    private int _pointReads;
    private int _queries;

    public int PointReads => Volatile.Read(ref _pointReads);
    public int Queries => Volatile.Read(ref _queries);

    public CountingTable()
    {
        Mock.Setup(t => t.GetEntityIfExistsAsync<TableEntity>(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IEnumerable<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string pk, string rk, IEnumerable<string> _, CancellationToken _) =>
            {
                Interlocked.Increment(ref _pointReads);
                var found = Rows.TryGetValue((pk, rk), out var e);
                var response = new Mock<NullableResponse<TableEntity>>();
                response.SetupGet(r => r.HasValue).Returns(found);
                response.SetupGet(r => r.Value).Returns(e!);
                return response.Object;
            });
        Mock.Setup(t => t.UpsertEntityAsync(It.IsAny<TableEntity>(), It.IsAny<TableUpdateMode>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TableEntity e, TableUpdateMode mode, CancellationToken _) =>
            {
                Rows.AddOrUpdate((e.PartitionKey, e.RowKey), e, (_, old) => TableMocks.Upserted(old, e, mode));
                return Moq.Mock.Of<Response>();
            });
        Mock.Setup(t => t.SubmitTransactionAsync(It.IsAny<IEnumerable<TableTransactionAction>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IEnumerable<TableTransactionAction> actions, CancellationToken _) =>
            {
                var list = actions.ToList();
                if (list.Select(a => a.Entity.PartitionKey).Distinct().Count() != 1 || list.Count > 100) throw new RequestFailedException(400, "a transaction spans one partition and at most 100 rows");
                foreach (var a in list) Rows[(a.Entity.PartitionKey, a.Entity.RowKey)] = (TableEntity)a.Entity;
                return Response.FromValue<IReadOnlyList<Response>>([], Moq.Mock.Of<Response>());
            });
        Mock.Setup(t => t.QueryAsync(It.IsAny<Expression<Func<TableEntity, bool>>>(), It.IsAny<int?>(), It.IsAny<IEnumerable<string>>(), It.IsAny<CancellationToken>()))
            .Returns((Expression<Func<TableEntity, bool>> filter, int? _, IEnumerable<string> _, CancellationToken _) =>
            {
                Interlocked.Increment(ref _queries);
                var matches = Rows.Values.Where(filter.Compile()).ToList();
                return AsyncPageable<TableEntity>.FromPages([Page<TableEntity>.FromValues(matches, null, Moq.Mock.Of<Response>())]);
            });
        // The stores filter by partition with OData text (TableClient.CreateQueryFilter), as the Native AOT handler needs.
        Mock.Setup(t => t.QueryAsync<TableEntity>(It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<IEnumerable<string>>(), It.IsAny<CancellationToken>()))
            .Returns((string filter, int? _, IEnumerable<string> _, CancellationToken _) =>
            {
                Interlocked.Increment(ref _queries);
                var partition = PartitionFilter().Match(filter) is { Success: true } m ? m.Groups[1].Value.Replace("''", "'")
                    : throw new NotSupportedException($"this fake answers only \"PartitionKey eq '...'\" queries, not: {filter}");
                var matches = Rows.Values.Where(e => e.PartitionKey == partition).ToList();
                return AsyncPageable<TableEntity>.FromPages([Page<TableEntity>.FromValues(matches, null, Moq.Mock.Of<Response>())]);
            });
    }

    [GeneratedRegex("^PartitionKey eq '((?:[^']|'')*)'$")]
    private static partial Regex PartitionFilter();
}
