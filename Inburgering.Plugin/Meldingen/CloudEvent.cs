using System.Text.Json.Serialization;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// A notification as a CloudEvents 1.0 event in structured JSON mode, with the attributes the NL GOV profile for
/// CloudEvents uses. The property names are the CloudEvents attribute names.
/// </summary>
internal sealed record CloudEvent
{
    /// <summary>The media type of a structured-mode request body.</summary>
    public const string MediaType = "application/cloudevents+json";

    [JsonPropertyName("specversion")]
    public string SpecVersion { get; init; } = "1.0";

    /// <summary>The event id: the <see cref="Melding.Id"/>, the same in every attempt.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The URN of the system and gemeente that published the event.</summary>
    [JsonPropertyName("source")]
    public required string Source { get; init; }

    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>Our id of the changed record, never a BSN.</summary>
    [JsonPropertyName("subject")]
    public required string Subject { get; init; }

    /// <summary>When the change happened, in RFC 3339 with UTC as <c>Z</c>.</summary>
    [JsonPropertyName("time")]
    public required string Time { get; init; }

    [JsonPropertyName("datacontenttype")]
    public string DataContentType { get; init; } = "application/json";

    /// <summary>The ids and codes of the change, or <see langword="null"/> when the type has none.</summary>
    [JsonPropertyName("data")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string?>? Data { get; init; }
}

/// <summary>The source-generated JSON of a <see cref="CloudEvent"/>.</summary>
[JsonSerializable(typeof(CloudEvent))]
internal sealed partial class CloudEventJsonContext : JsonSerializerContext;
