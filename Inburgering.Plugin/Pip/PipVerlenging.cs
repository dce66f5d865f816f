using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// The extension of a dossier's PIP deadline while the gemeente waits for information from a third party. A dossier
/// has at most one, and it can be corrected until the first PIP is vastgesteld.
/// </summary>
internal sealed class PipVerlenging : IGemeenteOwned
{
    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The third party whose information is awaited, for example "GGD" or "COA".</summary>
    public required string Derde { get; set; }

    /// <summary>The day the gemeente asked for the information; on or before the original deadline.</summary>
    public DateOnly WachtSinds { get; set; }

    /// <summary>The day the information arrived, or <see langword="null"/> while the gemeente still waits.</summary>
    public DateOnly? InformatieOntvangenOp { get; set; }

    /// <summary>The host's user id of the employee who recorded the last change.</summary>
    public required string GewijzigdDoor { get; set; }
}
