using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Levensloop;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Overdracht;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Demo;

/// <summary>
/// Seeds one sent warme overdracht from Rotterdam (0599) to 's-Gravenhage (0518), so the consulent of 0518 finds an
/// incoming overdracht to accept. The package comes from the real <see cref="IOverdrachtPakketten"/>, and the row, the
/// dossier's move to Vertrokken and the notification are written as <see cref="OverdrachtVerzendenAction"/> writes them.
/// A second run adds nothing, because it stops when the dossier has an overdracht.
/// </summary>
internal static class DemoOverdracht
{
    /// <summary>The sending demo gemeente.</summary>
    public const string Afzender = "0599";

    /// <summary>The receiving demo gemeente.</summary>
    public const string Ontvanger = "0518";

    /// <summary>
    /// The BSN of the handed-over dossier: in the B1-route with a vastgesteld PIP, and not one of the students of the
    /// demo deliveries, so those keep an open dossier.
    /// </summary>
    public const string Bsn = "999991838";

    public static async Task SeedAsync(
        InburgeringDbContext db,
        IOverdrachtPakketten pakketten,
        IMeldingen meldingen,
        IProcessingLog processingLog,
        string userId,
        DateTimeOffset nu,
        DateOnly vandaag,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pakketten);
        ArgumentNullException.ThrowIfNull(meldingen);
        ArgumentNullException.ThrowIfNull(processingLog);

        if (db.CurrentGemeente != Afzender)
        {
            return;
        }

        // A captured variable makes EF Core send the BSN as a parameter, because a constant would appear in the logged SQL.
        var bsn = Bsn;
        var dossier = await db.Dossiers.SingleOrDefaultAsync(d => d.Bsn == bsn && d.GeanonimiseerdOp == null, cancellationToken);
        if (dossier is null || dossier.DagtekeningEerstePip is null || dossier.IsBeperkt || dossier.Status.IsFinal())
        {
            return;
        }

        if (await db.Overdrachten.AnyAsync(o => o.AfzenderDossierId == dossier.Id, cancellationToken))
        {
            return;
        }

        var pakket = await pakketten.BouwAsync(dossier.Id, GemeenteCode.Parse(Ontvanger), gezondheidReden: null, cancellationToken)
            ?? throw new InvalidOperationException($"Dossier {dossier.Id} was loaded but the package builder did not find it.");

        // The person moved yesterday, so the moving date lies between the koppeldatum and today, as the action requires.
        var verhuisdatum = vandaag.AddDays(-1);
        var overdracht = new Overdracht.Overdracht
        {
            Id = Guid.CreateVersion7(),
            AfzenderGemeente = Afzender,
            OntvangerGemeente = Ontvanger,
            AfzenderDossierId = dossier.Id,
            PakketId = pakket.Id,
            PakketJson = OverdrachtPakketJson.Schrijf(pakket),
            Status = OverdrachtStatus.Verzonden,
            Verhuisdatum = verhuisdatum,
            VoorbereidOp = nu,
            VoorbereidDoor = userId,
            VerzondenOp = nu,
            VerzondenDoor = userId,
        };
        db.Overdrachten.Add(overdracht);

        var reden = VertrokkenAction.StatusReden(VertrekBestemming.AndereGemeente, $"warme overdracht aan gemeente {Ontvanger}");
        var (wijziging, error) = DossierLifecycle.Move(dossier, DossierStatus.Vertrokken, verhuisdatum, userId, reden);
        if (wijziging is null)
        {
            throw new InvalidOperationException($"The demo dossier {dossier.Id} cannot move to Vertrokken: {error?.En}");
        }

        dossier.AfsluitReden = null;
        db.StatusWijzigingen.Add(wijziging);
        meldingen.Publiceer(MeldingTypen.OverdrachtVerzonden, dossier.Id.ToString(), new Dictionary<string, string?>
        {
            ["overdracht"] = overdracht.Id.ToString(),
            ["pakket"] = overdracht.PakketId.ToString(),
            ["ontvangerGemeente"] = Ontvanger,
        });
        await db.SaveChangesAsync(cancellationToken);

        await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.Overdracht, ProcessingOperation.Create, OverdrachtSubject.Of(pakket)), cancellationToken);
        await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.Verhuizing, ProcessingOperation.Update, DossierSubject.Of(dossier)), cancellationToken);
        Log.DemoOverdrachtSeeded(logger, overdracht.Id, dossier.Id, Ontvanger);
    }
}
