using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Uren;

/// <summary>
/// Hours a person followed in one period up to a peildatum, of one <see cref="UrenSoort"/>, as the consulent recorded
/// them from the aanbieder's report. Afschalen, the Z-route, PVT and MAP weigh these hours.
/// </summary>
internal sealed class Urenregel : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    public UrenSoort Soort { get; set; }

    /// <summary>The first day of the period.</summary>
    public DateOnly PeriodeVan { get; set; }

    /// <summary>The last day of the period (the peildatum).</summary>
    public DateOnly PeriodeTot { get; set; }

    /// <summary>The hours attended in the period; quarter hours allowed.</summary>
    public decimal Uren { get; set; }

    /// <summary>Whether the lessons were given by a school with a quality mark (keurmerk), which afschalen needs.</summary>
    public bool MetKeurmerk { get; set; }

    /// <summary>The aanbieder's name as reported, or <see langword="null"/>.</summary>
    public string? Aanbieder { get; set; }

    /// <summary>
    /// The delivered row (<see cref="Leveringen.Voortgangsmelding"/>) these hours come from, or <see langword="null"/>
    /// for hours a consulent entered. Delivered hours change only through a new delivery, which replaces them.
    /// </summary>
    public Guid? VoortgangsmeldingId { get; set; }

    public DateTimeOffset GeregistreerdOp { get; set; }

    /// <summary>The host's user id of the employee who recorded the hours.</summary>
    public required string GeregistreerdDoor { get; set; }
}
