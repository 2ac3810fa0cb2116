using System.Text.Json;
using Alerts.Functions.Contract;
using Alerts.Pipeline;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alerts.Tests.Hostile;

/// <summary>Whatever the host (or a corrupted queue message) puts in an invocation, the readers fail only with <see cref="PayloadException"/>.</summary>
public sealed class PayloadReaderPropertyTests
{
    private static readonly string[] Values =
    [
        "null", "true", "0", "-1", "1e400", "2147483648", "\"\"", "\"x\"", "\"\\\"quoted\\\"\"", "{}", "[]", "[1,2]",
        "\"{\\\"sourceId\\\":\\\"a\\\",\\\"scheduledAt\\\":\\\"2025-01-01T00:00:00Z\\\"}\"",
        "\"\\\"{\\\\\\\"sourceId\\\\\\\":1}\\\"\"",
        "{\"sourceId\":null,\"scheduledAt\":\"not a date\"}", "{\"sourceId\":\"a\",\"scheduledAt\":\"2025-01-01T00:00:00Z\"}",
        "{\"deliveryKey\":\"k\",\"subscriberId\":\"s\",\"channel\":\"Pigeon\"}", "{\"deliveryKey\":\"k\",\"subscriberId\":\"s\",\"storyIds\":\"one\"}",
        "{\"itemKey\":\"k\",\"sourceId\":\"s\",\"published\":12}", "{\"itemKey\":\"k\"}",
        "{\"Url\":5,\"Method\":[],\"Headers\":\"h\",\"Query\":{\"a\":[1]},\"Body\":{}}", "{\"IsPastDue\":\"yes\"}", "{\"IsPastDue\":true,\"Schedule\":3}",
        "\"\\ud800\"", "\"\\u0000\"",
    ];

    private static readonly string[] Names = ["message", "req", "timer", "Message", "DequeueCount", "Id"];

    private static Gen<string> Entries =>
        from name in Gen.Elements(Names)
        from value in Gen.OneOf(Gen.Elements(Values), ArbMap.Default.GeneratorFor<string>().Select(s => JsonSerializer.Serialize(s ?? "")))
        select $"\"{name}\":{value}";

    private static Gen<InvocationRequest> Requests =>
        from data in Entries.ListOf()
        from metadata in Entries.ListOf()
        select JsonSerializer.Deserialize<InvocationRequest>(
            $"{{\"Data\":{{{string.Join(',', data.Distinct())}}},\"Metadata\":{{{string.Join(',', metadata.Distinct())}}}}}", PayloadJson.Options)!;

    private static bool OnlyPayloadErrors(Action read)
    {
        try
        {
            read();
            return true;
        }
        catch (PayloadException ex)
        {
            return ex.Message.StartsWith("Data.", StringComparison.Ordinal) || ex.Message.StartsWith("Metadata.", StringComparison.Ordinal);
        }
    }

    [Property(MaxTest = 500)]
    public Property Every_reader_fails_only_with_a_payload_error() => Prop.ForAll(Requests.ToArbitrary(), r =>
        OnlyPayloadErrors(() => PayloadReader.QueueMessageText(r, "message"))
        && OnlyPayloadErrors(() => PayloadReader.QueueMessage<FeedDueMessage>(r, "message"))
        && OnlyPayloadErrors(() => PayloadReader.QueueMessage<ItemMessage>(r, "message"))
        && OnlyPayloadErrors(() => PayloadReader.QueueMessage<DeliveryMessage>(r, "message"))
        && OnlyPayloadErrors(() => PayloadReader.Timer(r, "timer"))
        && OnlyPayloadErrors(() => PayloadReader.Http(r))
        && OnlyPayloadErrors(() => PayloadReader.DequeueCount(r))
        && OnlyPayloadErrors(() => PayloadReader.MetadataString(r, "Id")));
}
