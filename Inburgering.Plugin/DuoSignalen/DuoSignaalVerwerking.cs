using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Levensloop;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>
/// Processes a new DUO signal: a new plichtige registers the dossier or records DUO's kennisgeving on the existing one,
/// a correction changes the wet regime or doelgroep, and a withdrawal restricts the dossier's processing and closes its
/// open tasks. Each changes the dossier and marks the signal processed in one save.
/// </summary>
internal sealed class DuoSignaalVerwerking(
    InburgeringDbContext db,
    InburgeraarRegistration registration,
    IWorkTasks workTasks,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<DuoSignaalVerwerking> logger)
{
    /// <summary>The task kind prefix of every task the plugin puts in the work queue.</summary>
    private const string TaskKindPrefix = "inburgering.";

    private static readonly LocalizedText s_noDossier = new(
        "Deze gemeente heeft geen dossier voor de persoon in dit signaal. Controleer het BSN of V-nummer bij DUO; wijs het signaal af als het niet voor deze gemeente is.",
        "This municipality has no dossier for the person in this signal. Check the BSN or V-nummer with DUO; reject the signal when it is not for this municipality.");

    private static readonly LocalizedText s_tasksClosed = new(
        "Gesloten: DUO heeft de melding ingetrokken en de verwerking van het dossier is beperkt.",
        "Closed: DUO withdrew the report and the processing of the dossier is restricted.");

    /// <summary>Processes <paramref name="signaal"/>, a tracked signal with status Nieuw, and returns the dossier or the rejection.</summary>
    public async Task<(Guid? DossierId, ActionResult? Rejection)> VerwerkAsync(DuoSignaal signaal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signaal);

        var (dossier, rejection) = signaal.Soort switch
        {
            DuoSignaalSoort.NieuwePlichtige => await NieuwePlichtigeAsync(signaal, cancellationToken),
            DuoSignaalSoort.Correctie => await CorrectieAsync(signaal, cancellationToken),
            DuoSignaalSoort.Intrekking => await IntrekkingAsync(signaal, cancellationToken),
            _ => throw new InvalidOperationException($"DUO signal {signaal.Id} has an unknown kind {signaal.Soort}."),
        };
        if (dossier is null)
        {
            return (null, rejection);
        }

        signaal.Status = DuoSignaalStatus.Verwerkt;
        signaal.VerwerktOp = clock.GetUtcNow();
        signaal.VerwerktDoor = user.UserId;
        signaal.DossierId = dossier.Id;
        if (await DuoSignaalEdit.SaveAsync(db, signaal, logger, cancellationToken) is { } conflict)
        {
            return (null, conflict);
        }

        await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.DuoSignalen, ProcessingOperation.Update, signaal.Subject()), cancellationToken);

        if (signaal.Soort == DuoSignaalSoort.Intrekking)
        {
            var closed = await workTasks.CloseForRecordAsync(TaskKindPrefix, dossier.Id.ToString(), s_tasksClosed, cancellationToken);
            Log.IntrekkingVerwerkt(logger, signaal.Id, dossier.Id, closed);
        }

        Log.DuoSignaalVerwerkt(logger, signaal.Id, signaal.Soort, dossier.Id);
        return (dossier.Id, null);
    }

    /// <summary>
    /// Records DUO's kennisgeving on the person's dossier, registering the dossier with the BRP data first when the
    /// gemeente has none. The earliest legal date wins, so a late or repeated signal never moves the PIP deadline later.
    /// </summary>
    private async Task<(Dossier?, ActionResult?)> NieuwePlichtigeAsync(DuoSignaal signaal, CancellationToken cancellationToken)
    {
        var dossier = await FindDossierAsync(signaal, cancellationToken);
        if (dossier is null)
        {
            var input = new RegistrationInput(
                signaal.Bsn,
                signaal.Bsn is null ? signaal.VNummer : null,
                signaal.Doelgroep?.ToString(),
                (signaal.Koppeldatum ?? signaal.Kennisgevingsdatum).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                signaal.WetRegime?.ToString());
            var registered = await registration.RegisterAsync(input, cancellationToken);
            if (registered.DossierId is not { } dossierId)
            {
                return (null, registered.ToActionResult());
            }

            dossier = await db.Dossiers.SingleAsync(d => d.Id == dossierId, cancellationToken);
        }

        if (dossier.IsBeperkt)
        {
            return (null, BeperkingNotice.Rejection);
        }

        if (dossier.DuoKennisgevingOp is null || signaal.Kennisgevingsdatum < dossier.DuoKennisgevingOp)
        {
            dossier.DuoKennisgevingOp = signaal.Kennisgevingsdatum;
        }

        return (dossier, null);
    }

    /// <summary>Changes the dossier's wet regime and doelgroep to what DUO reports, with one correction per changed value.</summary>
    private async Task<(Dossier?, ActionResult?)> CorrectieAsync(DuoSignaal signaal, CancellationToken cancellationToken)
    {
        var dossier = await FindDossierAsync(signaal, cancellationToken);
        if (dossier is null)
        {
            return (null, ActionResult.Invalid(new FieldError("", s_noDossier)));
        }

        if (dossier.IsBeperkt)
        {
            return (null, BeperkingNotice.Rejection);
        }

        var errors = DossierCorrecties.Check(dossier, signaal.WetRegime, signaal.Doelgroep);
        if (errors.Count > 0)
        {
            return (null, ActionResult.Invalid(errors));
        }

        var reden = signaal.Toelichting is { } toelichting ? $"Correctie door DUO: {toelichting}" : "Correctie door DUO";
        var bron = new CorrectieBron(reden.Length <= DossierFields.ReasonMaxLength ? reden : reden[..DossierFields.ReasonMaxLength], user.UserId, AmsterdamTime.Today(clock), signaal.Id);
        DossierCorrecties.Apply(db, dossier, signaal.WetRegime, signaal.Doelgroep, bron, logger);
        return (dossier, null);
    }

    /// <summary>
    /// Restricts the processing of the dossier as the restriction action does, unless it is restricted already. The
    /// caller closes the open tasks once the signal is saved.
    /// </summary>
    private async Task<(Dossier?, ActionResult?)> IntrekkingAsync(DuoSignaal signaal, CancellationToken cancellationToken)
    {
        var dossier = await FindDossierAsync(signaal, cancellationToken);
        if (dossier is null)
        {
            return (null, ActionResult.Invalid(new FieldError("", s_noDossier)));
        }

        if (!dossier.IsBeperkt)
        {
            DossierBeperking.Beperk(dossier, AmsterdamTime.Today(clock), DossierBeperking.IntrekkingDoorDuo, user.UserId);
        }

        return (dossier, null);
    }

    /// <summary>Returns the tracked dossier of the signal's person in the current gemeente: by BSN, or else by V-nummer.</summary>
    private Task<Dossier?> FindDossierAsync(DuoSignaal signaal, CancellationToken cancellationToken)
    {
        var query = signaal.Bsn is { } bsn
            ? db.Dossiers.Where(d => d.Bsn == bsn)
            : db.Dossiers.Where(d => d.VNummer == signaal.VNummer);

        return query.Where(d => d.GeanonimiseerdOp == null).SingleOrDefaultAsync(cancellationToken);
    }
}
