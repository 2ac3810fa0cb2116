using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alerts.Pipeline;

/// <summary>The one JSON shape of queue messages, shared by producers and consumers.</summary>
public static class PipelineJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
