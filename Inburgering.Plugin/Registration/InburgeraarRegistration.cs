using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Registration;

/// <summary>
/// Registers an inburgeraar in the current gemeente as soon as DUO or the COA links the person to it.
/// With a BSN it stores the person's BRP data and registers a client in the host. An asielstatushouder who is not
/// yet in the BRP is registered on the V-nummer. The registration actions and the demo data both use this class.
/// </summary>
internal sealed class InburgeraarRegistration(
    InburgeringDbContext db,
    ITenantContext tenant,
    ICurrentUser currentUser,
    IBrpPersonen brp,
    IClientDirectory clients,
    IProcessingLog processingLog,
    IMeldingen meldingen,
    TimeProvider timeProvider,
    ILogger<InburgeraarRegistration> logger)
{
    /// <summary>The BRP fields the registration stores; the purpose needs no more.</summary>
    internal static IReadOnlyCollection<string> BrpFieldsRequested { get; } =
    [
        BrpFields.Naam, BrpFields.Geboorte, BrpFields.Nationaliteiten, BrpFields.Verblijfplaats,
        BrpFields.GemeenteVanInschrijving, BrpFields.DatumInschrijvingInGemeente,
    ];

        /// <summary>
    /// Validates the input and registers the person, or returns the existing dossier of the person in this gemeente.
    /// </summary>
    /// <exception cref="InvalidOperationException">There is no current gemeente or no logged-in user.</exception>
    public async Task<RegistrationResult> RegisterAsync(RegistrationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var gemeente = tenant.Required.Value;
        EnsureAuthenticated();

        var errors = new List<FieldError>();
        var doelgroep = RegistrationInputParser.ParseChoice<Doelgroep>(input.Doelgroep, DossierFields.Doelgroep.Key, RegistrationInputParser.DoelgroepMissing, errors);
        var koppeldatum = RegistrationInputParser.ParseKoppeldatum(input.Koppeldatum, AmsterdamTime.Today(timeProvider), errors);
        var wetRegime = RegistrationInputParser.ParseChoice<WetRegime>(input.WetRegime, DossierFields.WetRegime.Key, RegistrationInputParser.WetRegimeMissing, errors);
        var identity = RegistrationInputParser.ParseIdentity(input, doelgroep, errors);
        RegistrationInputParser.CheckWetRegime(wetRegime, koppeldatum, errors);
        if (errors.Count > 0 || identity is null || doelgroep is null || koppeldatum is null || wetRegime is null)
        {
            return RegistrationResult.Invalid(errors);
        }

        var existing = await FindExistingAsync(identity, cancellationToken);
        if (existing is { } existingId)
        {
            Log.DossierAlreadyExists(logger, existingId);
            return RegistrationResult.AlreadyExists(existingId, identity.AlreadyExistsMessage);
        }

        var dossier = new Dossier
        {
            Id = Guid.NewGuid(),
            Gemeente = gemeente,
            VNummer = identity.VNummer?.Value,
            Doelgroep = doelgroep.Value,
            Koppeldatum = koppeldatum.Value,
            WetRegime = wetRegime.Value,
            Status = DossierStatus.Gekoppeld,
            StatusSinds = koppeldatum.Value,
            GeregistreerdOp = timeProvider.GetUtcNow(),
            GeregistreerdDoor = currentUser.UserId,
        };

        if (identity.Bsn is { } bsn)
        {
            var brpErrors = await CopyFromBrpAsync(dossier, bsn, cancellationToken);
            if (brpErrors is not null)
            {
                return RegistrationResult.Invalid(brpErrors);
            }
        }

        db.Dossiers.Add(dossier);
        meldingen.Publiceer(MeldingTypen.DossierGeregistreerd, dossier.Id.ToString("D"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Detaches the dossier and its notification, so the lookup below and a later save see neither.
            db.ChangeTracker.Clear();
            var winner = await FindExistingAsync(identity, cancellationToken);
            if (winner is not { } winnerId)
            {
                throw;
            }

            Log.ConcurrentRegistration(logger, winnerId);
            return RegistrationResult.AlreadyExists(winnerId, identity.AlreadyExistsMessage);
        }

        await RecordAsync(ProcessingOperation.Create, identity.Subject, cancellationToken);
        Log.DossierRegistered(logger, dossier.Id, dossier.Doelgroep);
        return RegistrationResult.Created(dossier.Id);
    }

    /// <summary>
    /// Adds a BSN to a dossier that was registered on the V-nummer, with the person's BRP data and a host client.
    /// The V-nummer stays on the dossier.
    /// </summary>
    /// <exception cref="InvalidOperationException">There is no current gemeente or no logged-in user.</exception>
    public async Task<RegistrationResult> KoppelBsnAsync(Guid dossierId, string? bsnInput, CancellationToken cancellationToken)
    {
        _ = tenant.Required;
        EnsureAuthenticated();

        var dossier = await db.Dossiers.SingleOrDefaultAsync(d => d.Id == dossierId && d.GeanonimiseerdOp == null, cancellationToken);
        if (dossier is null)
        {
            return RegistrationResult.Invalid("", new LocalizedText(
                "Dit dossier bestaat niet in deze gemeente. Open het dossier opnieuw vanuit de lijst met inburgeraars.",
                "This dossier does not exist in this municipality. Open the dossier again from the list of integration clients."));
        }

        if (dossier.IsBeperkt)
        {
            return RegistrationResult.Invalid("", BeperkingNotice.Text);
        }

        if (dossier.Bsn is not null)
        {
            return RegistrationResult.Invalid(DossierFields.Bsn.Key, new LocalizedText(
                "Dit dossier heeft al een BSN. Een BSN kan niet worden vervangen.",
                "This dossier already has a BSN. A BSN cannot be replaced."));
        }

        if (!Bsn.TryParse(bsnInput, out var bsn, out var bsnError))
        {
            return RegistrationResult.Invalid(DossierFields.Bsn.Key, BsnErrorMessages.For(bsnError.Value));
        }

        if (await db.Dossiers.AnyAsync(d => d.Bsn == bsn.Value, cancellationToken))
        {
            return RegistrationResult.Invalid(DossierFields.Bsn.Key, BsnTakenMessage);
        }

        var brpErrors = await CopyFromBrpAsync(dossier, bsn, cancellationToken);
        if (brpErrors is not null)
        {
            return RegistrationResult.Invalid(brpErrors);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Log.DossierChangedConcurrently(logger, dossier.Id);
            return RegistrationResult.Invalid("", new LocalizedText(
                "Iemand anders heeft dit dossier intussen gewijzigd; er is niets opgeslagen. Open het dossier opnieuw en koppel het BSN nog eens.",
                "Someone else changed this dossier in the meantime; nothing was saved. Open the dossier again and link the BSN once more."));
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            Log.BsnTakenConcurrently(logger, dossier.Id);
            return RegistrationResult.Invalid(DossierFields.Bsn.Key, BsnTakenMessage);
        }

        await RecordAsync(ProcessingOperation.Update, DataSubject.FromBsn(bsn), cancellationToken);
        Log.BsnGekoppeld(logger, dossier.Id);
        return RegistrationResult.BsnGekoppeld(dossier.Id);
    }

    private static LocalizedText BsnTakenMessage { get; } = new(
        "Er bestaat al een ander dossier met dit BSN in deze gemeente. Zoek dat dossier op het BSN.",
        "Another dossier in this municipality already has this BSN. Search for that dossier by the BSN.");

    /// <summary>
    /// Asks the BRP for the person, registers the host client and copies the BRP data onto the dossier.
    /// Returns the errors when the BRP does not know the BSN or cannot be reached; the dossier is then unchanged.
    /// </summary>
    private async Task<IReadOnlyList<FieldError>?> CopyFromBrpAsync(Dossier dossier, Bsn bsn, CancellationToken cancellationToken)
    {
        var lookup = await brp.FindByBsnAsync(bsn, BrpFieldsRequested, cancellationToken);

        if (lookup.Status == BrpLookupStatus.Failed)
        {
            Log.BrpLookupFailed(logger, lookup.Problem);
            return [new FieldError("", new LocalizedText(
                "De BRP is niet bereikbaar, dus er is niets opgeslagen. Probeer het over een paar minuten opnieuw; meld het aan de functioneel beheerder als het blijft mislukken.",
                "The BRP could not be reached, so nothing was saved. Try again in a few minutes; tell the application administrator if it keeps failing."))];
        }

        await RecordAsync(ProcessingOperation.Retrieve, DataSubject.FromBsn(bsn), cancellationToken);

        if (lookup is not { Status: BrpLookupStatus.Found, Persoon: { } persoon })
        {
            Log.BrpPersonNotFound(logger);
            return [new FieldError(DossierFields.Bsn.Key, new LocalizedText(
                "Het BRP kent dit BSN niet. Controleer het nummer; staat een asielstatushouder nog niet in de BRP, registreer dan op het V-nummer.",
                "The BRP does not know this BSN. Check the number; for an asylum permit holder not yet in the BRP, register on the V-nummer."))];
        }

        // The host returns the existing client for a BSN it already has, so a retry after a failed save is harmless.
        var client = await clients.RegisterAsync(
            new NewClient(bsn, persoon.Naam?.VolledigeNaam ?? string.Empty) { BirthDate = persoon.Geboortedatum },
            cancellationToken);

        BrpSnapshotMapper.CopyTo(persoon, dossier);
        dossier.Bsn = bsn.Value;
        dossier.ClientId = client.ClientId;
        dossier.BrpOpgevraagdOp = timeProvider.GetUtcNow();
        return null;
    }

    private async Task<Guid?> FindExistingAsync(PersonIdentity identity, CancellationToken cancellationToken)
    {
        var bsn = identity.Bsn?.Value;
        var vnummer = identity.VNummer?.Value;
        var query = bsn is not null
            ? db.Dossiers.Where(d => d.Bsn == bsn)
            : db.Dossiers.Where(d => d.VNummer == vnummer);

        return await query.Select(d => (Guid?)d.Id).SingleOrDefaultAsync(cancellationToken);
    }

    private Task RecordAsync(ProcessingOperation operation, DataSubject subject, CancellationToken cancellationToken) =>
        processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.Registratie, operation, subject), cancellationToken);

    private void EnsureAuthenticated()
    {
        if (!currentUser.IsAuthenticated)
        {
            throw new InvalidOperationException("Registering an inburgeraar needs a logged-in user to record as the one who registered.");
        }
    }
}
