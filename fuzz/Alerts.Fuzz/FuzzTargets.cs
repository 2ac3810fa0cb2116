using System.Text.Json;
using Alerts.Extract;
using Alerts.Feeds;
using Alerts.Functions.Contract;
using Alerts.Pipeline;
using Alerts.Subscribers;

namespace Alerts.Fuzz;

/// <summary>
/// One target per input we take from outside. Each swallows only the failures it documents; anything else
/// escapes, and the fuzzer records the input as a crash.
/// </summary>
public static class FuzzTargets
{
    private static readonly Uri Base = new("https://fuzz.example/");

    /// <summary>
    /// Created on a target's first call, never when the table of targets is read: under AFL the instrumented
    /// assemblies may run only after SharpFuzz has mapped the coverage memory, and a constructor that runs
    /// before that writes through a null map.
    /// </summary>
    private static class Instances
    {
        public static readonly FeedParser Parser = new();
        public static readonly ArticleExtractor Extractor = new();
    }

    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>
    {
        ["feed"] = Feed,
        ["extract"] = Extract,
        ["payload"] = Payload,
    };

    public static void Feed(byte[] input)
    {
        try { Instances.Parser.Parse(input, null, Base); }
        catch (FeedParseException) { }
    }

    /// <summary>Bytes as a page arrives: the charset is sniffed (HTTP header absent, so BOM and meta), then the article extracted.</summary>
    public static void Extract(byte[] input) => Instances.Extractor.Extract(HtmlText.Decode(input, null), Base);

    /// <summary>The handler deserialises the host's request, then reads each binding; both steps have documented failures.</summary>
    public static void Payload(byte[] input)
    {
        InvocationRequest? request;
        try { request = JsonSerializer.Deserialize<InvocationRequest>(input, PayloadJson.Options); }
        catch (JsonException) { return; }
        if (request is null) return;
        Read(() => PayloadReader.QueueMessage<FeedDueMessage>(request, "message"));
        Read(() => PayloadReader.QueueMessage<ItemMessage>(request, "message"));
        Read(() => PayloadReader.QueueMessage<DeliveryMessage>(request, "message"));
        Read(() => PayloadReader.Timer(request, "timer"));
        Read(() =>
        {
            // An HTTP trigger's body is read as a form or as strict JSON; both must turn any text into fields or an error message.
            var http = PayloadReader.Http(request);
            HttpBodies.Form(http);
            HttpBodies.TryJson<SubscriberPreferences>(http, out _, out _);
        });
        Read(() => PayloadReader.DequeueCount(request));
        Read(() => PayloadReader.MetadataString(request, "Id"));
    }

    private static void Read(Action read)
    {
        try { read(); }
        catch (PayloadException) { }
    }
}
