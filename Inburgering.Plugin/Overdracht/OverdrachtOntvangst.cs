using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// Takes a package over into a new dossier of the current gemeente, in one transaction with its carried-over parts
/// and the notification. The new dossier:
/// <list type="bullet">
/// <item>has the acceptance day as koppeldatum, because that day the gemeente became responsible;</item>
/// <item>keeps the dagtekening of the first PIP from the package, so the termijn is unchanged (Wet inburgering 2021, art. 11);</item>
/// <item>starts in PipVastgesteld when the package has a vastgesteld PIP, because a PIP is in force and the termijn
/// runs, and otherwise in Gekoppeld, where the new gemeente starts with its own brede intake;</item>
/// <item>holds the sender's PIP versions as read-only history (<see cref="Pip.PipVersie.OvergenomenVan"/>), so the
/// new PIP of soort Verhuizing must keep their leerroute.</item>
/// </list>
/// </summary>
internal sealed class OverdrachtOntvangst(
    InburgeringDbContext db,
    ITenantContext tenant,
    ICurrentUser user,
    IBrpPersonen brp,
    IClientDirectory clients,
    IWorkTasks workTasks,
    IMeldingen meldingen,
    IProcessingLog processingLog,
    TimeProvider clock,
    ILogger<OverdrachtOntvangst> logger) : IOverdrachtOntvangst
{
    public async Task<OverdrachtOntvangstResultaat> NeemOverAsync(OverdrachtPakket pakket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pakket);

        var gemeente = tenant.Required;
        if (await BestaandDossierAsync(pakket.Id, cancellationToken) is { } bestaand)
        {
            Log.PakketAlOvergenomen(logger, pakket.Id, bestaand);
            return new OverdrachtOntvangstResultaat(bestaand, [], AlOvergenomen: true);
        }

        var fouten = OverdrachtPakketControle.Controleer(pakket, gemeente).ToList();
        if (fouten.Count == 0 && await DubbelDossierAsync(pakket.Inburgeraar, cancellationToken) is { } dubbel)
        {
            fouten.Add(dubbel);
        }

        if (fouten.Count > 0)
        {
            Log.PakketGeweigerd(logger, pakket.Id, fouten.Count, fouten[0].Pad);
            return new OverdrachtOntvangstResultaat(null, fouten, AlOvergenomen: false);
        }

        var vandaag = AmsterdamTime.Today(clock);
        var nu = clock.GetUtcNow();
        var dossier = OverdrachtDossier.Maak(pakket, gemeente.Value, vandaag, user.UserId, nu);
        await VulAanUitBrpAsync(dossier, pakket, cancellationToken);

        db.Dossiers.Add(dossier);
        OverdrachtDossier.VoegOnderdelenToe(db, dossier, pakket, user.UserId, nu);
        db.OvergenomenPakketten.Add(new OvergenomenPakket
        {
            Gemeente = gemeente.Value,
            PakketId = pakket.Id,
            DossierId = dossier.Id,
            AfzenderGemeente = pakket.Afzender.Gemeente,
            AfzenderDossierId = pakket.Afzender.DossierId,
            OvergenomenOp = nu,
            OvergenomenDoor = user.UserId,
        });
        meldingen.Publiceer(MeldingTypen.DossierGeregistreerd, dossier.Id.ToString(), new Dictionary<string, string?> { ["doelgroep"] = dossier.Doelgroep.ToString() });
        meldingen.Publiceer(MeldingTypen.OverdrachtGeaccepteerd, dossier.Id.ToString(), new Dictionary<string, string?>
        {
            ["pakket"] = pakket.Id.ToString(),
            ["afzenderGemeente"] = pakket.Afzender.Gemeente,
            ["afzenderDossier"] = pakket.Afzender.DossierId.ToString(),
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            if (await BestaandDossierAsync(pakket.Id, cancellationToken) is not { } winnaar)
            {
                throw;
            }

            Log.PakketAlOvergenomen(logger, pakket.Id, winnaar);
            return new OverdrachtOntvangstResultaat(winnaar, [], AlOvergenomen: true);
        }

        await processingLog.RecordAsync(
            new ProcessingRecord(InburgeringProcessingActivities.Overdracht, ProcessingOperation.Create, DossierSubject.Of(dossier)),
            cancellationToken);
        await workTasks.EnsureAsync(NieuwPipNaVerhuizingRegel.Taak(dossier), cancellationToken);

        Log.PakketOvergenomen(logger, pakket.Id, pakket.Afzender.Gemeente, dossier.Id);
        return new OverdrachtOntvangstResultaat(dossier.Id, [], AlOvergenomen: false);
    }

    private Task<Guid?> BestaandDossierAsync(Guid pakketId, CancellationToken cancellationToken) =>
        db.OvergenomenPakketten.AsNoTracking()
            .Where(p => p.PakketId == pakketId)
            .Select(p => (Guid?)p.DossierId)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Returns the problem when the gemeente already has a dossier of the person: one person has one dossier per
    /// gemeente, so the consulent must first sort out the existing one.
    /// </summary>
    private async Task<OverdrachtFout?> DubbelDossierAsync(OverdrachtInburgeraar inburgeraar, CancellationToken cancellationToken)
    {
        var bsn = inburgeraar.Bsn;
        var vnummer = inburgeraar.VNummer;
        var bestaand = await db.Dossiers.AsNoTracking()
            .Where(d => (bsn != null && d.Bsn == bsn) || (vnummer != null && d.VNummer == vnummer))
            .Select(d => (Guid?)d.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (bestaand is not { } id)
        {
            return null;
        }

        return new OverdrachtFout("$.inburgeraar", new LocalizedText(
            $"Deze gemeente heeft al een dossier van deze inburgeraar (dossier {id}). Sluit dat dossier af of laat de afzender de overdracht intrekken.",
            $"This municipality already has a dossier of this person (dossier {id}). Close that dossier or ask the sender to withdraw the handover."));
    }

    /// <summary>
    /// Copies the person's current BRP data and registers the host client. When the BRP cannot be reached or does not
    /// know the BSN, the dossier keeps the package's name and birth date, and the client is registered with that name.
    /// </summary>
    private async Task VulAanUitBrpAsync(Dossier dossier, OverdrachtPakket pakket, CancellationToken cancellationToken)
    {
        if (pakket.Inburgeraar.Bsn is not { } bsnText)
        {
            return;
        }

        var bsn = Bsn.Parse(bsnText);
        var lookup = await brp.FindByBsnAsync(bsn, InburgeraarRegistration.BrpFieldsRequested, cancellationToken);
        if (lookup.Status != BrpLookupStatus.Failed)
        {
            await processingLog.RecordAsync(
                new ProcessingRecord(InburgeringProcessingActivities.Overdracht, ProcessingOperation.Retrieve, DataSubject.FromBsn(bsn)),
                cancellationToken);
        }

        if (lookup is { Status: BrpLookupStatus.Found, Persoon: { } persoon })
        {
            BrpSnapshotMapper.CopyTo(persoon, dossier);
            dossier.BrpOpgevraagdOp = clock.GetUtcNow();
        }
        else
        {
            Log.OverdrachtBrpLookupFailed(logger, pakket.Id, lookup.Problem ?? lookup.Status.ToString());
        }

        var client = await clients.RegisterAsync(
            new NewClient(bsn, dossier.Naam ?? string.Empty) { BirthDate = PartialDate.TryParseBrp(dossier.Geboortedatum, out var geboren) ? geboren : null },
            cancellationToken);
        dossier.ClientId = client.ClientId;
    }
}
