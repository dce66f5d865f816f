using System.Text.Json;
using Json.Schema;
using static Inburgering.Plugin.Overdracht.Bestand.OverdrachtFoutmeldingen;

namespace Inburgering.Plugin.Overdracht.Bestand;

/// <summary>
/// The JSON Schema (draft 2020-12) of the package's payload, embedded in the plugin and published as
/// <c>docs/overdracht-formaat.schema.json</c>. Formats (<c>date</c>, <c>date-time</c>, <c>uuid</c>) are checked.
/// </summary>
internal static class OverdrachtSchema
{
    /// <summary>The name of the embedded resource.</summary>
    public const string ResourceName = "Inburgering.Plugin.Overdracht.Bestand.overdracht-formaat.schema.json";

    private static readonly Lazy<JsonSchema> s_schema = new(Laad);

    private static readonly EvaluationOptions s_options = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    /// <summary>Returns the schema's text as embedded.</summary>
    public static string Tekst()
    {
        using var stream = typeof(OverdrachtSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the plugin build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Checks <paramref name="payload"/> and returns every violation with the path of the value.</summary>
    public static List<OverdrachtFout> Controleer(JsonElement payload)
    {
        var resultaat = s_schema.Value.Evaluate(payload, s_options);
        var fouten = new List<OverdrachtFout>();
        if (resultaat.IsValid)
        {
            return fouten;
        }

        IEnumerable<EvaluationResults> knopen = [resultaat, .. resultaat.Details ?? []];
        foreach (var detail in knopen.Where(d => d.Errors is { Count: > 0 }))
        {
            var pad = PadVan(detail.InstanceLocation.ToString());
            foreach (var (keyword, melding) in detail.Errors!)
            {
                fouten.Add(Vertaal(pad, keyword, melding));
            }
        }

        return fouten;
    }

    private static OverdrachtFout Vertaal(string pad, string keyword, string melding) => keyword switch
    {
        "required" => Fout(pad, $"Verplichte velden ontbreken: {melding}", $"Required properties are missing: {melding}"),
        "type" => Fout(pad, $"Het veld heeft het verkeerde type: {melding}", $"The value has the wrong type: {melding}"),
        "format" => Fout(pad, $"Het veld heeft niet de juiste vorm (datum als jjjj-mm-dd, tijdstip als ISO 8601, id als UUID): {melding}", $"The value has the wrong format (date as yyyy-mm-dd, time as ISO 8601, id as UUID): {melding}"),
        "pattern" => Fout(pad, $"Het veld heeft niet de juiste vorm (bijvoorbeeld vier cijfers voor een gemeentecode): {melding}", $"The value does not match its pattern (for example four digits for a gemeentecode): {melding}"),
        "const" => Fout(pad, $"Het veld moet precies '{OverdrachtPakket.FormaatNaam}' zijn.", $"The value must be exactly '{OverdrachtPakket.FormaatNaam}'."),
        _ => Fout(pad, $"Het veld voldoet niet aan het schema ({keyword}): {melding}", $"The value does not match the schema ({keyword}): {melding}"),
    };

    private static JsonSchema Laad() => JsonSchema.FromText(Tekst(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
}
