using Host.Abstractions;
using Microsoft.Extensions.Logging;

namespace Schuldhulp.Plugin.Aanmeldingen;

/// <summary>
/// Finds the host's client with a BSN in the current gemeente, and registers the person from the BRP as a client
/// when the gemeente has none yet.
/// </summary>
internal sealed class ClientLookup(
    IClientDirectory clients,
    IBrpPersonen brp,
    IProcessingLog processingLog,
    ILogger<ClientLookup> logger)
{
    /// <summary>The BRP fields a new client needs; the purpose needs no more.</summary>
    private static readonly string[] s_brpFields = [BrpFields.Naam, BrpFields.Geboorte];

    /// <summary>Returns the client with <paramref name="bsn"/>, or why none could be found or registered.</summary>
    public async Task<(ClientSummary? Client, LocalizedText? Error)> FindOrRegisterAsync(Bsn bsn, CancellationToken cancellationToken)
    {
        if (await clients.FindByBsnAsync(bsn, cancellationToken) is { } existing)
        {
            return (existing, null);
        }

        var lookup = await brp.FindByBsnAsync(bsn, s_brpFields, cancellationToken);
        if (lookup.Status == BrpLookupStatus.Failed)
        {
            Log.BrpLookupFailed(logger, lookup.Problem);
            return (null, new LocalizedText(
                "Het opvragen bij de BRP is mislukt, dus de persoon kon niet worden opgezocht. Probeer het over een paar minuten opnieuw.",
                "The BRP lookup failed, so the person could not be looked up. Try again in a few minutes."));
        }

        await processingLog.RecordAsync(
            new ProcessingRecord(SchuldhulpProcessingActivities.Aanmelding, ProcessingOperation.Retrieve, DataSubject.FromBsn(bsn)),
            cancellationToken);

        if (lookup.Persoon is not { } persoon)
        {
            return (null, new LocalizedText(
                "De BRP kent geen persoon met dit BSN. Controleer het BSN.",
                "The BRP has no person with this BSN. Check the BSN."));
        }

        if (persoon.Naam is not { } naam)
        {
            return (null, new LocalizedText(
                "De BRP gaf geen naam voor deze persoon, dus de klant kon niet worden geregistreerd. Registreer de persoon eerst onder Klanten.",
                "The BRP returned no name for this person, so the client could not be registered. Register the person under Clients first."));
        }

        var client = await clients.RegisterAsync(new NewClient(bsn, naam.VolledigeNaam) { BirthDate = persoon.Geboortedatum }, cancellationToken);
        Log.ClientRegistered(logger, client.ClientId);
        return (client, null);
    }
}
