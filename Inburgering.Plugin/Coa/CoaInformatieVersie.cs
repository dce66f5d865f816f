using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Coa;

/// <summary>
/// One version of the COA information of a dossier, kept so every later update by the COA stays traceable: the values
/// after the change, with the moment, the employee and the source. Versions are never changed.
/// </summary>
internal sealed class CoaInformatieVersie : CoaFormulierKolommen, IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The number of this version within the dossier, the first being 1.</summary>
    public int Versie { get; set; }

    public DateTimeOffset GewijzigdOp { get; set; }

    /// <summary>The host's user id of the employee who entered or imported this version.</summary>
    public required string GewijzigdDoor { get; set; }

    public CoaBron Bron { get; set; }
}
