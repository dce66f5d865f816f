using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Termijn;

/// <summary>
/// A decision that extends the inburgeringstermijn to a new last day. A dossier can have several; they are numbered in
/// order and the last one sets the effective last day (<see cref="Inburgeringstermijn.LaatsteDagMet"/>).
/// </summary>
internal sealed class Verlenging : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The position in the dossier's verlengingen, from 1; the highest counts.</summary>
    public int Volgnummer { get; set; }

    /// <summary>The day of the decision.</summary>
    public DateOnly Besluitdatum { get; set; }

    public VerlengingBeslisser Beslisser { get; set; }

    /// <summary>The employee or organisation that decided, as the decision names it.</summary>
    public required string BeslisserNaam { get; set; }

    public VerlengingsGrond Grond { get; set; }

    /// <summary>An explanation of the ground; required for <see cref="VerlengingsGrond.Anders"/>.</summary>
    public string? Toelichting { get; set; }

    /// <summary>The new last day of the termijn; after the last day that applied before this decision.</summary>
    public DateOnly NieuweLaatsteDag { get; set; }

    public DateTimeOffset GeregistreerdOp { get; set; }

    /// <summary>The host's user id of the employee who recorded the decision.</summary>
    public required string GeregistreerdDoor { get; set; }
}
