using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Voortgang;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// One row of a delivery: for one student's <see cref="Aanbieders.Aanmelding"/>, the attendance and progress in one
/// period up to a peildatum. A later row for the same aanmelding and period corrects it: the earlier row gets
/// <see cref="VervangenDoorId"/>, and only rows without it count, so nothing is counted twice.
/// </summary>
internal sealed class Voortgangsmelding : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid LeveringId { get; set; }

    public Guid AanmeldingId { get; set; }

    public Guid AanbiederId { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The line number in the delivery, for the report.</summary>
    public int Regelnummer { get; set; }

    public Cursusonderdeel Onderdeel { get; set; }

    /// <summary>The aanbieder's own reference of the trajectory, or <see langword="null"/>.</summary>
    public string? TrajectReferentie { get; set; }

    public DateOnly PeriodeVan { get; set; }

    /// <summary>The last day of the period: the peildatum.</summary>
    public DateOnly PeriodeTot { get; set; }

    public decimal UrenAangeboden { get; set; }

    public decimal UrenGevolgdFysiek { get; set; }

    public decimal UrenGevolgdOnline { get; set; }

    public decimal UrenGeoorloofdVerzuim { get; set; }

    public decimal UrenOngeoorloofdVerzuim { get; set; }

    public Vaardigheidsniveau? NiveauLezen { get; set; }

    public Vaardigheidsniveau? NiveauLuisteren { get; set; }

    public Vaardigheidsniveau? NiveauSpreken { get; set; }

    public Vaardigheidsniveau? NiveauSchrijven { get; set; }

    /// <summary>The exam part taken in the period, or <see langword="null"/> without an exam.</summary>
    public Examenonderdeel? ExamenOnderdeel { get; set; }

    public DateOnly? ExamenDatum { get; set; }

    public ExamenUitkomst? ExamenResultaat { get; set; }

    /// <summary>The day the student started the course, when it falls in or before the period.</summary>
    public DateOnly? Startdatum { get; set; }

    /// <summary>The day the student ended the course, or <see langword="null"/> while it runs.</summary>
    public DateOnly? Einddatum { get; set; }

    /// <summary>Why the student dropped out, or <see langword="null"/> when the course runs or ended as planned.</summary>
    public string? Uitvalreden { get; set; }

    public string? Opmerking { get; set; }

    /// <summary>The row that corrected this one, or <see langword="null"/> while this row counts.</summary>
    public Guid? VervangenDoorId { get; set; }

    public DateTimeOffset OntvangenOp { get; set; }
}
