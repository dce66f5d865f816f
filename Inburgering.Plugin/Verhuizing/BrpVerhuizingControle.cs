using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Verhuizing;

/// <summary>
/// Asks the BRP for the gemeente of registration of one dossier's person and records a move to another gemeente. It
/// requests only the gemeente of registration and its date, and records each lookup in the processing log.
/// </summary>
/// <remarks>
/// When the BRP returns another Dutch gemeente than the dossier's copy of the BRP data, the copy is updated, so the
/// next check compares with the current registration. A move that an employee dismissed is then not detected again,
/// and an asielstatushouder who arrives in the gemeente counts as living there from then on.
/// </remarks>
internal sealed class BrpVerhuizingControle(
    InburgeringDbContext db,
    IBrpPersonen brp,
    VerhuizingAfhandeling afhandeling,
    IProcessingLog processingLog,
    ILogger<BrpVerhuizingControle> logger)
{
    /// <summary>The BRP fields a check requests; detecting a move needs no more.</summary>
    internal static IReadOnlyCollection<string> BrpFieldsRequested { get; } =
        [BrpFields.GemeenteVanInschrijving, BrpFields.DatumInschrijvingInGemeente];

    /// <summary>Checks the tracked, open <paramref name="dossier"/>, which must have a BSN.</summary>
    public async Task<BrpControleResultaat> ControleerAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var bsn = Bsn.Parse(dossier.Bsn ?? throw new ArgumentException($"Dossier {dossier.Id} has no BSN to look up.", nameof(dossier)));

        var lookup = await brp.FindByBsnAsync(bsn, BrpFieldsRequested, cancellationToken);
        if (lookup.Status == BrpLookupStatus.Failed)
        {
            Log.VerhuizingBrpLookupFailed(logger, dossier.Id, lookup.Problem);
            return BrpControleResultaat.Mislukt(lookup.Problem);
        }

        await processingLog.RecordAsync(
            new ProcessingRecord(InburgeringProcessingActivities.Verhuizing, ProcessingOperation.Retrieve, DataSubject.FromBsn(bsn)),
            cancellationToken);

        if (lookup is not { Status: BrpLookupStatus.Found, Persoon: { } persoon })
        {
            Log.VerhuizingBrpPersonNotFound(logger, dossier.Id);
            return BrpControleResultaat.NietGevonden;
        }

        var nieuweGemeente = persoon.GemeenteVanInschrijving?.Code;
        var uitkomst = VerhuizingRegel.Beoordeel(dossier.Gemeente, dossier.GemeenteVanInschrijving, nieuweGemeente);
        Log.VerhuizingChecked(logger, dossier.Id, uitkomst);

        if (uitkomst != VerhuizingUitkomst.GeenGemeente && nieuweGemeente != dossier.GemeenteVanInschrijving)
        {
            await WerkInschrijvingBijAsync(dossier, nieuweGemeente!, persoon.DatumInschrijvingInGemeente, cancellationToken);
        }

        if (uitkomst != VerhuizingUitkomst.AndereGemeente)
        {
            return BrpControleResultaat.Gevonden(uitkomst, nieuweGemeente, null);
        }

        var verhuizing = await afhandeling.SignaleerAsync(
            dossier,
            nieuweGemeente!,
            persoon.DatumInschrijvingInGemeente?.ToDateOnly(),
            VerhuizingBron.Brp,
            cancellationToken);
        return BrpControleResultaat.Gevonden(uitkomst, nieuweGemeente, verhuizing);
    }

    /// <summary>Copies the new gemeente of registration into the dossier; another user's save first leaves the copy as it was.</summary>
    private async Task WerkInschrijvingBijAsync(Dossier dossier, string gemeente, PartialDate? datum, CancellationToken cancellationToken)
    {
        dossier.GemeenteVanInschrijving = gemeente;
        dossier.DatumInschrijvingGemeente = datum?.ToBrpString();

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Log.DossierChangedConcurrently(logger, dossier.Id);
            await db.Entry(dossier).ReloadAsync(cancellationToken);
            return;
        }

        await processingLog.RecordAsync(
            new ProcessingRecord(InburgeringProcessingActivities.Verhuizing, ProcessingOperation.Update, DossierSubject.Of(dossier)),
            cancellationToken);
    }
}
