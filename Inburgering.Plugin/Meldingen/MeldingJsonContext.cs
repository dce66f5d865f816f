using System.Text.Json.Serialization;

namespace Inburgering.Plugin.Meldingen;

/// <summary>The source-generated JSON of a notification's data.</summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, string?>))]
internal sealed partial class MeldingJsonContext : JsonSerializerContext;
