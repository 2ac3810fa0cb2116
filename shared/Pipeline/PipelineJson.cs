using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Alerts.Pipeline;

/// <summary>
/// The one JSON shape of queue messages, shared by producers and consumers. Its metadata comes from
/// <see cref="PipelineJsonContext"/> (compiled, no reflection), so the handler runs the same code as Native AOT
/// and JIT: a type missing from the context fails in every build, not only in the native one.
/// </summary>
public static class PipelineJson
{
    public static JsonSerializerOptions Options => PipelineJsonContext.Default.Options;

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize(json, TypeInfo<T>());

    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}

/// <summary>Web defaults (camelCase, case-insensitive reads), nulls left out, enums by name.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(FeedDueMessage))]
[JsonSerializable(typeof(ItemMessage))]
[JsonSerializable(typeof(ItemBatchMessage))]
[JsonSerializable(typeof(DeliveryMessage))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(List<string>))]
public sealed partial class PipelineJsonContext : JsonSerializerContext;
