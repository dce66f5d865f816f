using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>
/// Enters a signal from DUO in the inbox by hand. The BSN or V-nummer travels only in this form's POST body. The same
/// signal (same kenmerk, or same kind, person and legal date) is refused the second time, also when two users enter it
/// at once, because a unique index backs the check.
/// </summary>
internal sealed class VoerDuoSignaalInAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<VoerDuoSignaalInAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.duo-signaal-invoeren";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Signaal van DUO invoeren", "Enter a signal from DUO"),
        [
            DuoSignaalFields.Soort with { Required = true },
            DuoSignaalFields.Kennisgevingsdatum with { Required = true },
            DuoSignaalFields.OntvangenOp,
            DossierFields.Bsn with
            {
                Hint = new LocalizedText("9 cijfers. Laat leeg als het signaal een V-nummer noemt.", "9 digits. Leave empty when the signal names a V-nummer."),
            },
            DossierFields.VNummer with
            {
                Hint = new LocalizedText("Alleen als het signaal geen BSN noemt.", "Only when the signal names no BSN."),
            },
            DossierFields.Doelgroep with
            {
                Hint = new LocalizedText(
                    "Verplicht bij een nieuwe inburgeringsplichtige; bij een correctie de nieuwe doelgroep, als DUO die wijzigt.",
                    "Required for a new person obliged to integrate; for a correction the new target group, when DUO changes it."),
            },
            DossierFields.WetRegime with
            {
                Hint = new LocalizedText(
                    "Verplicht bij een nieuwe inburgeringsplichtige; bij een correctie het nieuwe regime, als DUO dat wijzigt.",
                    "Required for a new person obliged to integrate; for a correction the new regime, when DUO changes it."),
            },
            DuoSignaalFields.Koppeldatum,
            DuoSignaalFields.Kenmerk,
            DuoSignaalFields.Toelichting,
        ],
        InburgeringPermissions.DuoSignalenVerwerken);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var errors = new List<FieldError>();
        var invoer = DuoSignaalInvoer.Parse(request, AmsterdamTime.Today(clock), errors);
        if (invoer is null)
        {
            return ActionResult.Invalid(errors);
        }

        var duplicateId = await DuoSignaalDubbel.ZoekAsync(db, invoer, cancellationToken);
        if (duplicateId is not null)
        {
            return Duplicate(invoer.Soort, duplicateId.Value);
        }

        var signaal = invoer.MaakSignaal(
            db.CurrentGemeente ?? throw new InvalidOperationException("Entering a DUO signal needs a current gemeente."),
            user.UserId,
            clock.GetUtcNow());
        db.DuoSignalen.Add(signaal);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another user stored the same signal between the check above and this save.
            db.Entry(signaal).State = EntityState.Detached;
            var stored = await DuoSignaalDubbel.ZoekAsync(db, invoer, cancellationToken);
            return Duplicate(invoer.Soort, stored ?? Guid.Empty);
        }

        await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.DuoSignalen, ProcessingOperation.Create, signaal.Subject()), cancellationToken);
        Log.DuoSignaalIngevoerd(logger, signaal.Id, signaal.Soort);

        return ActionResult.Success(
            new ScreenLink(DuoSignaalScreen.ScreenId, signaal.Id.ToString()),
            new LocalizedText("Het signaal van DUO is ingevoerd. Verwerk het of wijs het af.", "The signal from DUO was entered. Process or reject it."));
    }

    private ActionResult Duplicate(DuoSignaalSoort soort, Guid bestaandId)
    {
        Log.DuoSignaalDubbel(logger, soort, bestaandId);
        return ActionResult.Invalid(new FieldError(DuoSignaalFields.Soort.Key, new LocalizedText(
            "Dit signaal staat al in de inbox: hetzelfde kenmerk van DUO, of dezelfde soort, dezelfde persoon en dezelfde datum van het signaal. Er is niets opgeslagen; open het bestaande signaal in de lijst met signalen van DUO.",
            "This signal is already in the inbox: the same DUO reference, or the same kind, the same person and the same date of the signal. Nothing was saved; open the existing signal in the list of DUO signals.")));
    }
}
