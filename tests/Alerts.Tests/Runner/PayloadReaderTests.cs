using System.Text.Json;
using Alerts.Functions.Contract;

namespace Alerts.Tests.Runner;

public sealed class PayloadReaderTests
{
    private static InvocationRequest Request(string json) => JsonSerializer.Deserialize<InvocationRequest>(json, PayloadJson.Options)!;

    [Fact]
    public void Missing_binding_names_the_binding()
    {
        var ex = Assert.Throws<PayloadException>(() => PayloadReader.QueueMessageText(Request("""{"Data":{},"Metadata":{}}"""), "message"));
        Assert.Contains("Data.message is missing", ex.Message);
    }

    [Fact]
    public void Plain_text_message_is_returned_as_is()
    {
        Assert.Equal("hello", PayloadReader.QueueMessageText(Request("""{"Data":{"message":"hello"}}"""), "message"));
    }

    [Fact]
    public void Dequeue_count_reads_numbers_and_strings_and_defaults_to_one()
    {
        Assert.Equal(3, PayloadReader.DequeueCount(Request("""{"Metadata":{"DequeueCount":3}}""")));
        Assert.Equal(4, PayloadReader.DequeueCount(Request("""{"Metadata":{"DequeueCount":"4"}}""")));
        Assert.Equal(1, PayloadReader.DequeueCount(Request("""{"Metadata":{}}""")));
    }

    [Fact]
    public void Http_request_without_req_is_a_payload_error()
    {
        Assert.Throws<PayloadException>(() => PayloadReader.Http(Request("""{"Data":{"message":"x"}}""")));
    }

    [Fact]
    public void Timer_needs_an_object()
    {
        Assert.Throws<PayloadException>(() => PayloadReader.Timer(Request("""{"Data":{"timer":"soon"}}"""), "timer"));
        Assert.False(PayloadReader.Timer(Request("""{"Data":{"timer":{"IsPastDue":false}}}"""), "timer").IsPastDue);
    }
}
