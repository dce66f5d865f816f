namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// The columns of the delivery format, in the order of the template (<c>docs/aanleverformaat.md</c>). A file must
/// have every column of <see cref="Verplicht"/> in its header; the others may be left out. The API's JSON fields
/// carry the same values under camelCase names.
/// </summary>
internal static class LeveringKolommen
{
    public const string LeveringId = "levering_id";
    public const string AanbiederKvk = "aanbieder_kvk";
    public const string Vestigingsnummer = "vestigingsnummer";
    public const string Bsn = "bsn";
    public const string TrajectRef = "traject_ref";
    public const string Leerroute = "leerroute";
    public const string Onderdeel = "onderdeel";
    public const string PeriodeVan = "periode_van";
    public const string PeriodeTot = "periode_tot";
    public const string UrenAangeboden = "uren_aangeboden";
    public const string UrenGevolgdFysiek = "uren_gevolgd_fysiek";
    public const string UrenGevolgdOnline = "uren_gevolgd_online";
    public const string UrenGeoorloofdVerzuim = "uren_geoorloofd_verzuim";
    public const string UrenOngeoorloofdVerzuim = "uren_ongeoorloofd_verzuim";
    public const string NiveauLezen = "niveau_lezen";
    public const string NiveauLuisteren = "niveau_luisteren";
    public const string NiveauSpreken = "niveau_spreken";
    public const string NiveauSchrijven = "niveau_schrijven";
    public const string ExamenOnderdeel = "examen_onderdeel";
    public const string ExamenDatum = "examen_datum";
    public const string ExamenResultaat = "examen_resultaat";
    public const string Startdatum = "startdatum";
    public const string Einddatum = "einddatum";
    public const string Uitvalreden = "uitvalreden";
    public const string Opmerking = "opmerking";

    /// <summary>All columns, in the template's order.</summary>
    public static IReadOnlyList<string> Alle { get; } =
    [
        LeveringId, AanbiederKvk, Vestigingsnummer, Bsn, TrajectRef, Leerroute, Onderdeel, PeriodeVan, PeriodeTot,
        UrenAangeboden, UrenGevolgdFysiek, UrenGevolgdOnline, UrenGeoorloofdVerzuim, UrenOngeoorloofdVerzuim,
        NiveauLezen, NiveauLuisteren, NiveauSpreken, NiveauSchrijven, ExamenOnderdeel, ExamenDatum, ExamenResultaat,
        Startdatum, Einddatum, Uitvalreden, Opmerking,
    ];

    /// <summary>The columns a file's header must have.</summary>
    public static IReadOnlyList<string> Verplicht { get; } =
    [
        LeveringId, AanbiederKvk, Bsn, Onderdeel, PeriodeVan, PeriodeTot, UrenAangeboden, UrenGevolgdFysiek,
        UrenGevolgdOnline, UrenGeoorloofdVerzuim, UrenOngeoorloofdVerzuim,
    ];
}
