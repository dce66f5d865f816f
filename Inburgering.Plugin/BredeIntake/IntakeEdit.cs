using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>
/// Loads the dossier and the brede intake an action changes, checks that the intake is the version the user saw and
/// may still change, and saves the change. The first save creates the intake and moves the dossier from Gekoppeld to
/// BredeIntake.
/// </summary>
internal static class IntakeEdit
{
    /// <summary>The version of a dossier without an intake, which the first save expects.</summary>
    public const string NieuweIntakeVersion = "nieuw";

    public static LocalizedText ChangedMessage { get; } = new(
        "Iemand anders heeft deze brede intake intussen gewijzigd; er is niets opgeslagen. Open de brede intake opnieuw en voer de wijziging nog eens door.",
        "Someone else changed this broad intake in the meantime; nothing was saved. Open the broad intake again and make the change once more.");

    /// <summary>Returns the version of the intake that the screen puts in <see cref="ScreenContent.Version"/>.</summary>
    public static string VersionOf(BredeIntake? intake) =>
        intake?.ConcurrencyStamp.ToString("N", CultureInfo.InvariantCulture) ?? NieuweIntakeVersion;

    /// <summary>
    /// Loads the tracked dossier of <see cref="ActionRequest.RecordId"/> in the current gemeente and its intake, or a new
    /// intake when it has none. Returns a rejection when the dossier does not exist, is restricted or closed, the intake
    /// changed since the user opened it, or the intake is completed.
    /// </summary>
    public static async Task<(Dossier? Dossier, BredeIntake? Intake, ActionResult? Rejection)> LoadAsync(
        InburgeringDbContext db,
        ActionRequest request,
        DateOnly vandaag,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);

        if (!Guid.TryParse(request.RecordId, out var dossierId))
        {
            return Rejected(ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Open eerst het dossier waarvan u de brede intake wilt invullen.",
                "First open the dossier whose broad intake you want to fill in."))));
        }

        var dossier = await db.Dossiers.SingleOrDefaultAsync(d => d.Id == dossierId && d.GeanonimiseerdOp == null, cancellationToken);
        if (dossier is null)
        {
            Log.DossierToChangeNotFound(logger, dossierId, db.CurrentGemeente);
            return Rejected(ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Dit dossier bestaat niet in deze gemeente. Open het dossier opnieuw vanuit de lijst met inburgeraars.",
                "This dossier does not exist in this municipality. Open the dossier again from the list of integration clients."))));
        }

        if (dossier.IsBeperkt)
        {
            Log.RestrictedIntakeChangeRejected(logger, dossier.Id);
            return Rejected(BeperkingNotice.Rejection);
        }

        var intake = await db.BredeIntakes.SingleOrDefaultAsync(i => i.DossierId == dossierId, cancellationToken);
        if (request.ExpectedVersion != VersionOf(intake))
        {
            return Rejected(ActionResult.Conflict(ChangedMessage));
        }

        if (intake is { AfgerondOp: { } afgerondOp })
        {
            return Rejected(ActionResult.Invalid(new FieldError("", new LocalizedText(
                $"De brede intake is afgerond op {afgerondOp.ToString("d-M-yyyy", CultureInfo.InvariantCulture)} en kan niet meer worden gewijzigd, omdat het PIP erop voortbouwt.",
                $"The broad intake was completed on {afgerondOp.ToString("d-M-yyyy", CultureInfo.InvariantCulture)} and can no longer be changed, because the PIP builds on it."))));
        }

        if (dossier.Status.IsFinal())
        {
            return Rejected(ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Dit dossier is afgesloten; de brede intake kan niet meer worden gewijzigd.",
                "This dossier is closed; the broad intake can no longer be changed."))));
        }

        intake ??= new BredeIntake { DossierId = dossier.Id, Gemeente = dossier.Gemeente, GestartOp = vandaag };
        return (dossier, intake, null);
    }

    /// <summary>
    /// Saves <paramref name="intake"/>; a new intake moves a Gekoppeld dossier to BredeIntake with a status change.
    /// Records one Create or Update of the brede intake in the processing log. Returns a conflict, with nothing saved,
    /// when another user saved the intake or the dossier first.
    /// </summary>
    public static async Task<ActionResult?> SaveAsync(
        InburgeringDbContext db,
        Dossier dossier,
        BredeIntake intake,
        IProcessingLog processingLog,
        string actorId,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(processingLog);

        var isNew = db.Entry(intake).State == EntityState.Detached;
        if (isNew)
        {
            db.BredeIntakes.Add(intake);
            StartIntake(db, dossier, intake.GestartOp, actorId);
        }

        intake.ConcurrencyStamp = Guid.NewGuid();

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Log.IntakeChangedConcurrently(logger, dossier.Id);
            return ActionResult.Conflict(ChangedMessage);
        }
        catch (DbUpdateException) when (isNew)
        {
            // Two users who save the first part at once both insert the intake; the second insert fails on the key.
            if (!await IntakeExistsAsync(db, dossier.Id, cancellationToken))
            {
                throw;
            }

            Log.IntakeChangedConcurrently(logger, dossier.Id);
            return ActionResult.Conflict(ChangedMessage);
        }

        if (isNew)
        {
            Log.IntakeStarted(logger, dossier.Id);
        }

        var operation = isNew ? ProcessingOperation.Create : ProcessingOperation.Update;
        await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.BredeIntake, operation, DossierSubject.Of(dossier)), cancellationToken);
        return null;
    }

    /// <summary>Moves a dossier that is still Gekoppeld to BredeIntake; a dossier further in its lifecycle keeps its status.</summary>
    private static void StartIntake(InburgeringDbContext db, Dossier dossier, DateOnly vandaag, string actorId)
    {
        if (dossier.Status != DossierStatus.Gekoppeld)
        {
            return;
        }

        var (wijziging, error) = DossierLifecycle.Move(dossier, DossierStatus.BredeIntake, vandaag, actorId, "Brede intake gestart");
        if (wijziging is null)
        {
            throw new InvalidOperationException($"The lifecycle does not allow Gekoppeld to BredeIntake for dossier {dossier.Id}: {error?.En}");
        }

        db.StatusWijzigingen.Add(wijziging);
    }

    /// <summary>Returns whether another user created the intake of the dossier meanwhile, in a fresh query.</summary>
    private static async Task<bool> IntakeExistsAsync(InburgeringDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.BredeIntakes.AsNoTracking().AnyAsync(i => i.DossierId == dossierId, cancellationToken);
    }

    private static (Dossier?, BredeIntake?, ActionResult?) Rejected(ActionResult rejection) => (null, null, rejection);
}
