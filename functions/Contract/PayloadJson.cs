using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Alerts.Functions.AnalyzeItem;
using Alerts.Functions.Deliver;
using Alerts.Functions.Manage;
using Alerts.Functions.ScheduleFeeds;
using Alerts.Functions.SendDigests;
using Alerts.Functions.Subscribe;
using Alerts.Functions.Sweep;
using Alerts.Pipeline;
using Alerts.Subscribers;

namespace Alerts.Functions.Contract;

/// <summary>
/// The JSON of the host contract and of every value a function reads or replies with. Metadata comes only from
/// <see cref="PayloadJsonContext"/>, in the JIT build as in Native AOT, so a type missing there fails its unit test
/// instead of the deployed native handler.
/// </summary>
public static class PayloadJson
{
    public static JsonSerializerOptions Options => PayloadJsonContext.Default.Options;

    public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions? options = null) => (JsonTypeInfo<T>)TypeInfo(typeof(T), options);

    /// <summary>The metadata for <paramref name="type"/>, or an error naming the type to add to the context.</summary>
    public static JsonTypeInfo TypeInfo(Type type, JsonSerializerOptions? options = null)
    {
        try
        {
            return (options ?? Options).GetTypeInfo(type);
        }
        catch (NotSupportedException ex)
        {
            throw new NotSupportedException($"{type} is not in {nameof(PayloadJsonContext)}: add [JsonSerializable(typeof({type.Name}))] there.", ex);
        }
    }
}

/// <summary>Web defaults (camelCase, case-insensitive reads), nulls left out, enums by name; the host envelope keeps its own casing by attributes.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
// The host contract.
[JsonSerializable(typeof(InvocationRequest))]
[JsonSerializable(typeof(InvocationResponse))]
[JsonSerializable(typeof(InvocationError))]
[JsonSerializable(typeof(TimerInfo))]
[JsonSerializable(typeof(HttpRequestData))]
[JsonSerializable(typeof(HttpResponseData))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
// Queue messages.
[JsonSerializable(typeof(FeedDueMessage))]
[JsonSerializable(typeof(ItemMessage))]
[JsonSerializable(typeof(ItemBatchMessage))]
[JsonSerializable(typeof(DeliveryMessage))]
// Request bodies.
[JsonSerializable(typeof(SubscribeRequest))]
[JsonSerializable(typeof(RegisterTeamsRequest))]
[JsonSerializable(typeof(SubscriberPreferences))]
// Replies: return values and the bodies of HTTP answers.
[JsonSerializable(typeof(AnalyzeItemReply))]
[JsonSerializable(typeof(DeliverReply))]
[JsonSerializable(typeof(FetchSummary))]
[JsonSerializable(typeof(ScheduleFeedsReply))]
[JsonSerializable(typeof(SendDigestsReply))]
[JsonSerializable(typeof(SweepReply))]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(RegisteredSubscriber))]
[JsonSerializable(typeof(List<SubscriberSummary>))]
[JsonSerializable(typeof(SubscriberSummary[]))]
public sealed partial class PayloadJsonContext : JsonSerializerContext;
