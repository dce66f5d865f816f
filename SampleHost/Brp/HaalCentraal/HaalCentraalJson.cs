using System.Text.Json;
using System.Text.Json.Serialization;

namespace SampleHost.Brp.HaalCentraal;

/// <summary>The JSON settings of the Haal Centraal BRP Personen API: camelCase names, and absent values left out.</summary>
internal static class HaalCentraalJson
{
    /// <summary>The media type of a successful response.</summary>
    public const string MediaType = "application/json";

    /// <summary>The media type of an error response (RFC 9457).</summary>
    public const string ProblemMediaType = "application/problem+json";

    /// <summary>The header that carries the API key.</summary>
    public const string ApiKeyHeader = "X-API-KEY";

    /// <summary>The serializer options for requests, responses and problems.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
