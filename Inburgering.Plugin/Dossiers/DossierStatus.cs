namespace Inburgering.Plugin.Dossiers;

/// <summary>
/// The stage of a dossier in the inburgering process. <see cref="DossierLifecycle"/> lists the transitions between
/// them. <see cref="Voldaan"/>, <see cref="Ontheffing"/>, <see cref="Vertrokken"/> and <see cref="Verwijderd"/> close the
/// dossier, and the retention period counts from that day.
/// </summary>
internal enum DossierStatus
{
    /// <summary>Registered after DUO or the COA linked the person to the gemeente (the koppeling).</summary>
    Gekoppeld,

    /// <summary>The brede intake has started.</summary>
    BredeIntake,

    /// <summary>The first PIP is vastgesteld, so the inburgeringstermijn runs from the day after its dagtekening.</summary>
    PipVastgesteld,

    /// <summary>The person follows the leerroute and the other onderdelen of the PIP.</summary>
    InTraject,

    /// <summary>The person met the obligation: leerroute, PVT and (except in the onderwijsroute) MAP.</summary>
    Voldaan,

    /// <summary>DUO granted an ontheffing (dispensation) or the person is exempt (vrijstelling).</summary>
    Ontheffing,

    /// <summary>The person moved abroad or to another gemeente, which takes over.</summary>
    Vertrokken,

    /// <summary>The obligation lapsed otherwise: withdrawn by DUO, the person died, or another reason.</summary>
    Verwijderd,
}
