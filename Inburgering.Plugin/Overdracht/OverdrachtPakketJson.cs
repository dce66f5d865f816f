using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// Stores a package in the mailbox as plain JSON and reads it back. The signed form of the file format is only for
/// files; inside one deployment the row itself is the proof of origin.
/// </summary>
internal static class OverdrachtPakketJson
{
    /// <summary>Returns <paramref name="pakket"/> as JSON.</summary>
    public static string Schrijf(OverdrachtPakket pakket) =>
        JsonSerializer.Serialize(pakket, OverdrachtPakketJsonContext.Default.OverdrachtPakket);

    /// <summary>Returns the package stored as <paramref name="json"/>.</summary>
    /// <exception cref="JsonException">The stored JSON is not a package; the row was changed outside the plugin.</exception>
    public static OverdrachtPakket Lees(string json) =>
        JsonSerializer.Deserialize(json, OverdrachtPakketJsonContext.Default.OverdrachtPakket)
        ?? throw new JsonException("The stored overdracht package is the JSON literal null.");
}

/// <summary>The source-generated serializer of the mailbox's packages, in camelCase like the file format.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OverdrachtPakket))]
internal sealed partial class OverdrachtPakketJsonContext : JsonSerializerContext;
