namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// The stable codes of <see cref="LeveringFoutmelding.Code"/> for a value of the wrong form, which programs of
/// aanbieders may rely on; <c>docs/aanleverformaat.md</c> lists them with their meaning.
/// </summary>
internal static class LeveringFoutcodes
{
    /// <summary>A required value is missing.</summary>
    public const string Verplicht = "verplicht";

    /// <summary>A value is longer than its column allows.</summary>
    public const string Lengte = "lengte";

    /// <summary>The aanbieder's KvK number does not have 8 digits.</summary>
    public const string Kvk = "kvk";

    /// <summary>The vestigingsnummer does not have 12 digits.</summary>
    public const string Vestigingsnummer = "vestigingsnummer";

    /// <summary>The BSN does not have 9 (or 8) digits or fails the elfproef.</summary>
    public const string Bsn = "bsn";

    /// <summary>A value is not a date in <c>yyyy-MM-dd</c> or <c>d-M-yyyy</c>.</summary>
    public const string Datum = "datum";

    /// <summary>The period ends before it starts, or is longer than one year.</summary>
    public const string Periode = "periode";

    /// <summary>A date lies after today.</summary>
    public const string Toekomst = "toekomst";

    /// <summary>An hour value is not a number, negative, not a multiple of a quarter hour, or more than 24 hours per day.</summary>
    public const string Uren = "uren";

    /// <summary>The hours attended and absent add up to more than the hours offered.</summary>
    public const string UrenSom = "uren-som";

    /// <summary>A value is not one of the codes of its column (onderdeel, leerroute, examen_onderdeel, examen_resultaat).</summary>
    public const string Code = "code";

    /// <summary>A level is not one of A0, A1, A2, B1, B2 and C1.</summary>
    public const string Niveau = "niveau";

    /// <summary>Only some of examen_onderdeel, examen_datum and examen_resultaat are filled in.</summary>
    public const string Examen = "examen";

    /// <summary>The einddatum lies before the startdatum.</summary>
    public const string Einddatum = "einddatum";

    /// <summary>An uitvalreden is given without an einddatum.</summary>
    public const string Uitval = "uitval";
}
