using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Coa;

/// <summary>
/// The current COA information about an asielstatushouder: the values of the latest version of the COA
/// informatieformulier. One per dossier; every change also adds a <see cref="CoaInformatieVersie"/>.
/// </summary>
internal sealed class CoaInformatie : CoaFormulierKolommen, IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The number of the latest version, the first being 1.</summary>
    public int Versie { get; set; }

    public DateTimeOffset GewijzigdOp { get; set; }

    /// <summary>The host's user id of the employee who entered or imported the latest version.</summary>
    public required string GewijzigdDoor { get; set; }

    public CoaBron Bron { get; set; }
}
