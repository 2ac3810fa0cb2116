using System.Text;
using System.Text.Json;
using Alerts.Functions.Contract;
using Alerts.Pipeline;

namespace Alerts.Tests.Functions;

/// <summary>
/// Envelopes with a byte that is not UTF-8 inside a string (the shapes in fuzz/findings): the envelope parses, and
/// reading the value must give a PayloadException that names the field, never another exception.
/// </summary>
public sealed class PayloadInvalidUtf8Tests
{
    private static InvocationRequest Envelope(string before, string after)
    {
        var bytes = Encoding.ASCII.GetBytes(before).Concat(new byte[] { 0x8b }).Concat(Encoding.ASCII.GetBytes(after)).ToArray();
        return JsonSerializer.Deserialize(bytes, PayloadJsonContext.Default.InvocationRequest)!;
    }

    [Fact]
    public void An_object_message_with_invalid_utf8_is_a_payload_error_naming_the_binding()
    {
        var request = Envelope("{\"Data\":{\"message\":{\"sourceId\":\"", "\"}},\"Metadata\":{}}");

        var error = Assert.Throws<PayloadException>(() => PayloadReader.QueueMessage<FeedDueMessage>(request, "message"));
        Assert.Contains("Data.message", error.Message);
    }

    [Fact]
    public void A_dequeue_count_with_invalid_utf8_is_a_payload_error()
    {
        var request = Envelope("{\"Data\":{},\"Metadata\":{\"DequeueCount\":\"", "\"}}");

        var error = Assert.Throws<PayloadException>(() => PayloadReader.DequeueCount(request));
        Assert.Contains("Metadata.DequeueCount", error.Message);
    }

    [Fact]
    public void A_metadata_object_with_invalid_utf8_is_a_payload_error()
    {
        var request = Envelope("{\"Data\":{},\"Metadata\":{\"Id\":{\"x\":\"", "\"}}}");

        Assert.Throws<PayloadException>(() => PayloadReader.MetadataString(request, "Id"));
    }

    [Fact]
    public void A_valid_string_dequeue_count_is_still_read()
    {
        var request = JsonSerializer.Deserialize("{\"Data\":{},\"Metadata\":{\"DequeueCount\":\"3\"}}", PayloadJsonContext.Default.InvocationRequest)!;

        Assert.Equal(3, PayloadReader.DequeueCount(request));
    }
}
