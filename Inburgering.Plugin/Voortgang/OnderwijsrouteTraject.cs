using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// The taalschakeltraject of the onderwijsroute of one dossier, with the names of the GGM objecttype InburgeringsAanbod.
/// </summary>
internal sealed class OnderwijsrouteTraject : IGemeenteOwned
{
    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The school that gives the taalschakeltraject (GGM <c>CursusInstelling</c>).</summary>
    public string? Instelling { get; set; }

    /// <summary>The mbo, hbo or wo programme the taalschakeltraject prepares for.</summary>
    public string? Opleiding { get; set; }

    /// <summary>The first day of the taalschakeltraject (GGM <c>DatumAanvangTaalschakelTraject</c>).</summary>
    public DateOnly? TaalschakeltrajectStart { get; set; }

    /// <summary>The last day of the taalschakeltraject.</summary>
    public DateOnly? TaalschakeltrajectEinde { get; set; }

    /// <summary>The day of the diploma (GGM <c>DatumTaalschakelDiploma</c>); it completes the onderwijsroute.</summary>
    public DateOnly? DatumDiploma { get; set; }
}
