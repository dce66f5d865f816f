using Inburgering.Plugin.Voortgang;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// A <see cref="LeveringRegel"/> whose values all have the right form: the output of <c>LeveringRegelValidatie</c>.
/// Whether the student is referred to the aanbieder, and whether the row repeats or overlaps another, is checked
/// when the delivery is processed.
/// </summary>
internal sealed record GevalideerdeRegel(
    int Regelnummer,
    string LeveringId,
    string AanbiederKvk,
    string? Vestigingsnummer,
    string Bsn,
    string? TrajectRef,
    string? Leerroute,
    Cursusonderdeel Onderdeel,
    DateOnly PeriodeVan,
    DateOnly PeriodeTot,
    decimal UrenAangeboden,
    decimal UrenGevolgdFysiek,
    decimal UrenGevolgdOnline,
    decimal UrenGeoorloofdVerzuim,
    decimal UrenOngeoorloofdVerzuim)
{
    public Vaardigheidsniveau? NiveauLezen { get; init; }

    public Vaardigheidsniveau? NiveauLuisteren { get; init; }

    public Vaardigheidsniveau? NiveauSpreken { get; init; }

    public Vaardigheidsniveau? NiveauSchrijven { get; init; }

    public Examenonderdeel? ExamenOnderdeel { get; init; }

    public DateOnly? ExamenDatum { get; init; }

    public ExamenUitkomst? ExamenResultaat { get; init; }

    public DateOnly? Startdatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    public string? Uitvalreden { get; init; }

    public string? Opmerking { get; init; }
}
