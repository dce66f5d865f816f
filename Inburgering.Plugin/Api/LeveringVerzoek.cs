using System.Text.Json.Serialization;

namespace Inburgering.Plugin.Api;

/// <summary>
/// The body of <c>POST leveringen</c>. Every field is optional here so that a missing value reaches the same row
/// validation as an empty cell of a file. <see cref="LeveringVerzoekLezer"/> checks the shape.
/// </summary>
internal sealed record LeveringVerzoek
{
    /// <summary>The aanbieder's reference of the delivery, which must equal the <c>Idempotency-Key</c> when given.</summary>
    public string? LeveringId { get; init; }

    /// <summary><c>alles-of-niets</c> (the default) or <c>geldige-regels</c>.</summary>
    public string? Modus { get; init; }

    public IReadOnlyList<LeveringVerzoekRegel?>? Regels { get; init; }
}

/// <summary>
/// One row of <see cref="LeveringVerzoek"/>, with the values as text, so the validation of the delivery format runs on
/// them unchanged. The hour fields accept a JSON number or a string.
/// </summary>
internal sealed record LeveringVerzoekRegel
{
    public string? Bsn { get; init; }

    public string? TrajectRef { get; init; }

    public string? Leerroute { get; init; }

    public string? Onderdeel { get; init; }

    public string? PeriodeVan { get; init; }

    public string? PeriodeTot { get; init; }

    [JsonConverter(typeof(TekstOfGetalConverter))]
    public string? UrenAangeboden { get; init; }

    [JsonConverter(typeof(TekstOfGetalConverter))]
    public string? UrenGevolgdFysiek { get; init; }

    [JsonConverter(typeof(TekstOfGetalConverter))]
    public string? UrenGevolgdOnline { get; init; }

    [JsonConverter(typeof(TekstOfGetalConverter))]
    public string? UrenGeoorloofdVerzuim { get; init; }

    [JsonConverter(typeof(TekstOfGetalConverter))]
    public string? UrenOngeoorloofdVerzuim { get; init; }

    public string? NiveauLezen { get; init; }

    public string? NiveauLuisteren { get; init; }

    public string? NiveauSpreken { get; init; }

    public string? NiveauSchrijven { get; init; }

    public string? ExamenOnderdeel { get; init; }

    public string? ExamenDatum { get; init; }

    public string? ExamenResultaat { get; init; }

    public string? Startdatum { get; init; }

    public string? Einddatum { get; init; }

    public string? Uitvalreden { get; init; }

    public string? Opmerking { get; init; }
}
