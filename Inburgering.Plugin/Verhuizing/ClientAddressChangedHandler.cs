using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Verhuizing;

/// <summary>
/// Records a move when the host reports a changed address of a client in another gemeente. Only the open,
/// unrestricted dossier of that client counts; a closed or anonymised dossier, or a change inside the gemeente, is
/// ignored. The host gives no date, so the day of the event is the date of the move.
/// </summary>
internal sealed class ClientAddressChangedHandler(
    InburgeringDbContext db,
    VerhuizingAfhandeling afhandeling,
    ILogger<ClientAddressChangedHandler> logger) : IHostEventHandler<ClientAddressChanged>
{
    public async Task HandleAsync(ClientAddressChanged hostEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hostEvent);

        var dossier = await db.Dossiers
            .Where(OpenDossiers.Filter)
            .Where(d => d.ClientId == hostEvent.ClientId)
            .OrderByDescending(d => d.Koppeldatum)
            .FirstOrDefaultAsync(cancellationToken);
        if (dossier is null)
        {
            Log.AddressChangeWithoutOpenDossier(logger, hostEvent.Gemeente.Value);
            return;
        }

        var uitkomst = VerhuizingRegel.Beoordeel(dossier.Gemeente, hostEvent.Gemeente.Value, hostEvent.NewGemeente.Value);
        Log.VerhuizingChecked(logger, dossier.Id, uitkomst);
        if (uitkomst != VerhuizingUitkomst.AndereGemeente)
        {
            return;
        }

        await afhandeling.SignaleerAsync(dossier, hostEvent.NewGemeente.Value, null, VerhuizingBron.Host, cancellationToken);
    }
}
