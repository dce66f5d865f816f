using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Voortgang;

namespace Inburgering.Plugin.DuoPortaal;

/// <summary>
/// The port through which the plugin reports the facts the gemeente must register in DUO's Portaal Inburgering, one
/// operation per fact. Callers call it before their own save, so an implementation that writes to the
/// <see cref="Persistence.InburgeringDbContext"/> of the scope is stored in the same transaction as the fact. Reporting
/// the same fact again must change nothing.
/// </summary>
/// <remarks>
/// The default <see cref="HandmatigeDuoRegistratie"/> puts each fact on a worklist for an employee to register by hand.
/// DUO offers a machine interface for the Wet inburgering 2013 only; an adapter for a later one can replace the
/// registration without changing the callers.
/// </remarks>
internal interface IDuoRegistratiePoort
{
    /// <summary>Reports that the participatieverklaring of <paramref name="dossier"/> was signed on <paramref name="datumOndertekening"/>.</summary>
    Task PvtOndertekendAsync(Dossier dossier, DateOnly datumOndertekening, CancellationToken cancellationToken);

    /// <summary>Reports the MAP result of <paramref name="dossier"/>, decided at the eindgesprek on <paramref name="datumEindgesprek"/>.</summary>
    Task MapResultaatAsync(Dossier dossier, OnderdeelResultaat resultaat, DateOnly datumEindgesprek, CancellationToken cancellationToken);

    /// <summary>Reports an adopted PIP version that keeps the leerroute and level: its dagtekening and leerroute.</summary>
    Task PipVastgesteldAsync(Dossier dossier, PipVersie versie, CancellationToken cancellationToken);

    /// <summary>Reports an adopted PIP version that changed the leerroute or its level, or the new PIP after a move.</summary>
    Task LeerrouteGewijzigdAsync(Dossier dossier, PipVersie versie, CancellationToken cancellationToken);
}
