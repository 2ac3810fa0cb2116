using Alerts.Cli.Bench;

namespace Alerts.Tests.Bench;

public sealed class StorageRequestLogTests
{
    [Theory]
    [InlineData("GET", "/devstoreaccount1/seen(PartitionKey='ab',RowKey='ab12')", "table seen: get")]
    [InlineData("GET", "/devstoreaccount1/storyindex()?$filter=PartitionKey%20ge%20'20261122'", "table storyindex: get query")]
    [InlineData("POST", "/devstoreaccount1/alerts", "table alerts: post")]
    [InlineData("POST", "/devstoreaccount1/$batch", "table $batch: post")]
    [InlineData("PUT", "/devstoreaccount1/locks/story-assignment?comp=lease", "blob locks: put lease")]
    [InlineData("POST", "/devstoreaccount1/items/messages", "queue items: post")]
    [InlineData("DELETE", "/devstoreaccount1/items/messages/5c1e?popreceipt=AAA", "queue items: delete")]
    public void Requests_are_counted_by_resource_and_operation(string method, string path, string kind) =>
        Assert.Equal(kind, StorageRequestLog.Kind(method, path));

    [Fact]
    public void Only_access_log_lines_count_and_a_snapshot_difference_gives_the_new_ones()
    {
        var log = new StorageRequestLog();
        log.Add("Azurite Table service is successfully listening at http://127.0.0.1:10002");
        log.Add("127.0.0.1 - - [22/Nov/2026:22:36:35 +0000] \"POST /devstoreaccount1/alerts HTTP/1.1\" 201 -");
        var before = log.Snapshot();
        log.Add("127.0.0.1 - - [22/Nov/2026:22:36:36 +0000] \"POST /devstoreaccount1/alerts HTTP/1.1\" 409 -");
        log.Add("127.0.0.1 - - [22/Nov/2026:22:36:36 +0000] \"GET /devstoreaccount1/seen(PartitionKey='ab',RowKey='ab1') HTTP/1.1\" 404 -");

        Assert.Equal(1, before["table alerts: post"]);
        Assert.Equal(new Dictionary<string, int> { ["table alerts: post"] = 1, ["table seen: get"] = 1 }, log.Since(before));
    }
}
