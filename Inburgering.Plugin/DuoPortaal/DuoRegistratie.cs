using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Voortgang;

namespace Inburgering.Plugin.DuoPortaal;

/// <summary>
/// An item of the worklist "Registreren in het DUO-portaal": one fact about a dossier that the gemeente must register
/// in DUO's Portaal Inburgering, with the facts as codes and dates, and who marked it registered.
/// </summary>
internal sealed class DuoRegistratie : IGemeenteOwned
{
    public Guid Id { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    public Guid DossierId { get; set; }

    public DuoRegistratieSoort Soort { get; set; }

    /// <summary>
    /// The version of the fact within its kind, unique per dossier and kind: the signing date, the MAP result with the
    /// date of the eindgesprek, or the PIP version. The same fact reported again adds no item.
    /// </summary>
    public required string Feitversie { get; set; }

    /// <summary>The date of the fact: the signing, the eindgesprek or the PIP's dagtekening.</summary>
    public DateOnly Datum { get; set; }

    /// <summary>The MAP result; set for <see cref="DuoRegistratieSoort.MapResultaat"/> only.</summary>
    public OnderdeelResultaat? Resultaat { get; set; }

    /// <summary>The PIP's leerroute; set for the two PIP kinds only.</summary>
    public Leerroute? Leerroute { get; set; }

    /// <summary>The PIP's level within the leerroute (B1 or A2 after afschalen); set for the two PIP kinds only.</summary>
    public PipNiveau? Niveau { get; set; }

    /// <summary>The PIP version number; set for the two PIP kinds only.</summary>
    public int? PipVersienummer { get; set; }

    /// <summary>Why the PIP version was drawn up; set for the two PIP kinds only.</summary>
    public PipSoort? PipSoort { get; set; }

    public DateTimeOffset AangemaaktOp { get; set; }

    /// <summary>Where the item is; a concurrency token, so two users cannot mark it done both.</summary>
    public DuoRegistratieStatus Status { get; set; }

    /// <summary>The day the fact was registered in the DUO portal; set with <see cref="DuoRegistratieStatus.Geregistreerd"/>.</summary>
    public DateOnly? GeregistreerdOp { get; set; }

    /// <summary>The host's user id of the employee who marked the item done.</summary>
    public string? GeregistreerdDoor { get; set; }

    /// <summary>When the item was marked done.</summary>
    public DateTimeOffset? AfgevinktOp { get; set; }

    /// <summary>The employee's note, or <see langword="null"/>.</summary>
    public string? Toelichting { get; set; }
}
