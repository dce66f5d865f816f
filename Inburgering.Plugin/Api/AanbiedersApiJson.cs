using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inburgering.Plugin.Api;

/// <summary>
/// The source-generated JSON contract of the aanbieders API: camelCase names, ISO 8601 dates, and a request body that
/// may not carry fields the API does not describe.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(AanmeldingDto))]
[JsonSerializable(typeof(AanmeldingenPaginaDto))]
[JsonSerializable(typeof(LeveringVerzoek))]
[JsonSerializable(typeof(LeveringUitkomstDto))]
[JsonSerializable(typeof(LeveringDto))]
[JsonSerializable(typeof(LeveringenPaginaDto))]
internal sealed partial class AanbiedersApiJson : JsonSerializerContext;
