using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Termijn;

/// <summary>
/// DUO's decision that releases the person from the obligation (ontheffing) or finds them exempt (vrijstelling).
/// Recording one closes the dossier with status <see cref="Dossiers.DossierStatus.Ontheffing"/> on the day of the
/// decision.
/// </summary>
internal sealed class Ontheffing : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    public OntheffingSoort Soort { get; set; }

    /// <summary>The day of DUO's decision.</summary>
    public DateOnly Besluitdatum { get; set; }

    /// <summary>The ground; a medical ground is a health fact (special category).</summary>
    public OntheffingGrond Grond { get; set; }

    /// <summary>An explanation; required for <see cref="OntheffingGrond.Anders"/>.</summary>
    public string? Toelichting { get; set; }

    public DateTimeOffset GeregistreerdOp { get; set; }

    /// <summary>The host's user id of the employee who recorded the decision.</summary>
    public required string GeregistreerdDoor { get; set; }
}
