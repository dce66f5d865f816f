using Host.Abstractions;
using SampleHost.Privacy;

namespace SampleHost.Clients;

/// <summary>Registers a client of the current gemeente by BSN, with name and birth date from the BRP.</summary>
internal sealed class ClientRegistration(IBrpPersonen brp, IClientDirectory clients, IProcessingLog processingLog)
{
    private static readonly string[] s_fields = [BrpFields.Naam, BrpFields.Geboorte];

    /// <summary>Returns the registered or existing client, or what is wrong with the input.</summary>
    public async Task<ClientRegistrationResult> RegisterAsync(string? bsnInput, CancellationToken cancellationToken)
    {
        if (!Bsn.TryParse(bsnInput, out var bsn, out var bsnError))
        {
            return ClientRegistrationResult.Invalid(BsnErrorMessages.For(bsnError.Value));
        }

        var subject = DataSubject.FromBsn(bsn);
        if (await clients.FindByBsnAsync(bsn, cancellationToken) is { } existing)
        {
            await processingLog.RecordAsync(new(HostProcessingActivities.Klantregistratie, ProcessingOperation.Search, subject), cancellationToken);
            return ClientRegistrationResult.Existing(existing);
        }

        var lookup = await brp.FindByBsnAsync(bsn, s_fields, cancellationToken);
        await processingLog.RecordAsync(new(HostProcessingActivities.Klantregistratie, ProcessingOperation.Retrieve, subject), cancellationToken);
        if (lookup.Persoon is not { } persoon)
        {
            return ClientRegistrationResult.Invalid(lookup.Status == BrpLookupStatus.NotFound
                ? new("Het BRP kent dit BSN niet. Controleer het nummer.", "The BRP does not know this BSN. Check the number.")
                : new("Het BRP is niet bereikbaar; er is niets opgeslagen. Probeer het later opnieuw.", "The BRP could not be reached; nothing was saved. Try again later."));
        }

        var name = persoon.Naam?.VolledigeNaam ?? bsn.Value;
        var client = await clients.RegisterAsync(new NewClient(bsn, name) { BirthDate = persoon.Geboortedatum }, cancellationToken);
        await processingLog.RecordAsync(new(HostProcessingActivities.Klantregistratie, ProcessingOperation.Create, subject), cancellationToken);
        return ClientRegistrationResult.Registered(client);
    }
}

/// <summary>The outcome of <see cref="ClientRegistration.RegisterAsync"/>.</summary>
internal sealed record ClientRegistrationResult(ClientSummary? Client, bool AlreadyExisted, LocalizedText? Error)
{
    public static ClientRegistrationResult Registered(ClientSummary client) => new(client, false, null);

    public static ClientRegistrationResult Existing(ClientSummary client) => new(client, true, null);

    public static ClientRegistrationResult Invalid(LocalizedText error) => new(null, false, error);
}
