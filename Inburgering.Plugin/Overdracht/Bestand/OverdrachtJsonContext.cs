using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inburgering.Plugin.Overdracht.Bestand;

/// <summary>
/// The source-generated JSON of the package and of the JWS header: camelCase names, ISO 8601 dates, and no property
/// written when it is <see langword="null"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(OverdrachtPakket))]
[JsonSerializable(typeof(JwsKop))]
internal sealed partial class OverdrachtJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context the file is written with. It escapes only what JSON requires, so names such as 's-Gravenhage and
    /// the <c>+</c> of the media type stay readable after base64url decoding; no HTML ever contains this JSON unencoded.
    /// </summary>
    public static OverdrachtJsonContext Bestand { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

/// <summary>The protected header of the signed file (RFC 7515 §4).</summary>
/// <param name="Alg">The signature algorithm, <c>ES256</c>.</param>
/// <param name="Kid">The id of the key that signed.</param>
/// <param name="Typ">The media type of the whole file, <see cref="JwsKop.Type"/>.</param>
/// <param name="Cty">The media type of the payload, <c>application/json</c>.</param>
internal sealed record JwsKop(string Alg, string Kid, string Typ, string Cty)
{
    /// <summary>The <c>typ</c> of a warme-overdracht file.</summary>
    public const string Type = "nl.inburgering.overdracht+json";

    /// <summary>The <c>cty</c> of the payload.</summary>
    public const string ContentType = "application/json";
}
