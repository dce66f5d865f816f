using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// The participatieverklaringstraject (PVT) of one dossier, with the names of the GGM objecttype PVT. Its hours are the
/// <see cref="Uren.UrenSoort.Pvt"/> rows of the dossier's hours.
/// </summary>
internal sealed class PvtOnderdeel : IGemeenteOwned
{
    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    /// <summary>Whether the gemeente judges the PVT met, or <see langword="null"/> while it runs.</summary>
    public OnderdeelResultaat? Resultaat { get; set; }

    /// <summary>The day the person signed the participatieverklaring (GGM <c>DatumOndertekening PVT</c>).</summary>
    public DateOnly? DatumOndertekening { get; set; }

    /// <summary>Why the PVT was not met; set only with <see cref="OnderdeelResultaat.NietVoldaan"/>.</summary>
    public string? RedenNietVoldaan { get; set; }

    /// <summary>Whether the person is to blame that the PVT was not met; set only with <see cref="OnderdeelResultaat.NietVoldaan"/>.</summary>
    public bool? VerwijtbaarNietVoldaan { get; set; }

    /// <summary>The day the consulent registered the signing in DUO's Portaal Inburgering, or <see langword="null"/>.</summary>
    public DateOnly? DuoGeregistreerdOp { get; set; }
}
