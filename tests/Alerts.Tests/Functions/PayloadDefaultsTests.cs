using System.Text.Json;
using Alerts.Functions.Contract;
using Alerts.Pipeline;

namespace Alerts.Tests.Functions;

/// <summary>
/// The handler reads JSON through compiled metadata only. A field left out of a payload must still get the
/// default the type declares, as it did with reflection, and not null.
/// </summary>
public class PayloadDefaultsTests
{
    private static InvocationRequest Envelope(string data) =>
        JsonSerializer.Deserialize("{\"Data\":" + data + ",\"Metadata\":{}}", PayloadJsonContext.Default.InvocationRequest)!;

    [Fact]
    public void An_http_request_without_query_headers_or_params_gets_empty_ones_and_GET()
    {
        var http = PayloadReader.Http(Envelope("""{"req":{"Url":"http://h/api/health"}}"""));

        Assert.Equal("GET", http.Method);
        Assert.Empty(http.Query);
        Assert.Empty(http.Params);
        Assert.Null(http.Header("Content-Type"));
        Assert.Null(HttpBodies.Query(http, "token"));
    }

    [Fact]
    public void A_delivery_message_without_story_ids_has_an_empty_list()
    {
        var message = PayloadReader.QueueMessage<DeliveryMessage>(Envelope("""{"message":"{\"deliveryKey\":\"k\",\"subscriberId\":\"s\",\"channel\":\"Teams\"}"}"""), "message");

        Assert.Empty(message.StoryIds);
        Assert.Equal(DeliveryChannel.Teams, message.Channel);
    }

    [Fact]
    public void An_item_message_without_a_title_has_an_empty_one()
    {
        var item = PayloadReader.QueueMessage<ItemMessage>(Envelope("""{"message":{"itemKey":"k","sourceId":"s"}}"""), "message");

        Assert.Equal("", item.Title);
    }

    [Fact]
    public void Queue_messages_keep_enum_names_and_leave_out_nulls()
    {
        var json = PipelineJson.Serialize(new DeliveryMessage { DeliveryKey = "k", SubscriberId = "s", Channel = DeliveryChannel.Email });

        Assert.Contains("\"channel\":\"Email\"", json);
        Assert.Equal(DeliveryChannel.Email, PipelineJson.Deserialize<DeliveryMessage>(json)!.Channel);
        Assert.DoesNotContain("null", PipelineJson.Serialize(new ItemMessage { ItemKey = "k", SourceId = "s" }));
    }

    [Fact]
    public void A_reply_with_a_type_the_handler_cannot_write_fails_when_the_function_replies()
    {
        var context = new FunctionContext("t", CancellationToken.None);

        var error = Assert.Throws<NotSupportedException>(() => context.Reply(new Uri("https://example.org/")));
        Assert.Contains(nameof(PayloadJsonContext), error.Message);
    }

    [Fact]
    public void An_items_message_is_read_as_one_bare_item_or_as_a_batch_in_any_case_and_either_quoting()
    {
        var bare = PayloadReader.ItemMessages(Envelope("""{"message":{"itemKey":"k","sourceId":"s"}}"""), "message");
        var batch = PayloadReader.ItemMessages(Envelope("""{"message":"{\"Items\":[{\"itemKey\":\"k1\",\"sourceId\":\"s\"},{\"itemKey\":\"k2\",\"sourceId\":\"s\",\"title\":\"T\"}]}"}"""), "message");
        // A bare item whose title happens to be "items" is still one item: only a top-level property counts.
        var titled = PayloadReader.ItemMessages(Envelope("""{"message":{"itemKey":"k","sourceId":"s","title":"items","summary":"{\"items\":[]}"}}"""), "message");

        Assert.Equal("k", Assert.Single(bare).ItemKey);
        Assert.Equal(["k1", "k2"], batch.Select(i => i.ItemKey));
        Assert.Equal("", batch[0].Title);
        Assert.Equal("items", Assert.Single(titled).Title);
    }

    [Theory]
    [InlineData("""{"message":{"items":[]}}""", "empty or null item")]
    [InlineData("""{"message":{"items":[null]}}""", "empty or null item")]
    [InlineData("""{"message":{"items":[{"sourceId":"s"}]}}""", "not a valid ItemBatchMessage")]
    [InlineData("""{"message":{"items":"k"}}""", "not a valid ItemBatchMessage")]
    [InlineData("""{"message":"[1,2]"}""", "not a valid ItemMessage")]
    public void A_malformed_items_message_is_a_payload_error_naming_what_is_wrong(string data, string expected)
    {
        var error = Assert.Throws<PayloadException>(() => PayloadReader.ItemMessages(Envelope(data), "message"));
        Assert.Contains(expected, error.Message);
    }
}
