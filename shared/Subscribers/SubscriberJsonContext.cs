using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alerts.Subscribers;

/// <summary>The preferences column of a subscriber row: web defaults, compiled metadata (no reflection at run time).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SubscriberPreferences))]
internal sealed partial class SubscriberJsonContext : JsonSerializerContext;
