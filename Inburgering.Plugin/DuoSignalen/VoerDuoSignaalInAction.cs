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
/// signal (same kind, person and legal date) is refused the second time.
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

        // NOTE: no unique index backs this check, because BSN and V-nummer are each null in half the rows. Two users who
        // enter the same signal at the same moment can both succeed, and the second signal then has to be rejected by hand.
        var bsn = invoer.Persoon.Bsn?.Value;
        var vnummer = invoer.Persoon.VNummer?.Value;
        var duplicate = await db.DuoSignalen
            .Where(s => s.Soort == invoer.Soort && s.Kennisgevingsdatum == invoer.Kennisgevingsdatum && s.Bsn == bsn && s.VNummer == vnummer)
            .Select(s => (Guid?)s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (duplicate is { } duplicateId)
        {
            Log.DuoSignaalDubbel(logger, invoer.Soort, duplicateId);
            return ActionResult.Invalid(new FieldError(DuoSignaalFields.Soort.Key, new LocalizedText(
                "Dit signaal staat al in de inbox: dezelfde soort, dezelfde persoon en dezelfde datum van het signaal. Er is niets opgeslagen; open het bestaande signaal in de lijst met signalen van DUO.",
                "This signal is already in the inbox: the same kind, the same person and the same date of the signal. Nothing was saved; open the existing signal in the list of DUO signals.")));
        }

        var signaal = new DuoSignaal
        {
            Id = Guid.CreateVersion7(),
            Gemeente = db.CurrentGemeente ?? throw new InvalidOperationException("Entering a DUO signal needs a current gemeente."),
            Soort = invoer.Soort,
            Kennisgevingsdatum = invoer.Kennisgevingsdatum,
            OntvangenOp = invoer.OntvangenOp,
            Bsn = bsn,
            VNummer = vnummer,
            Doelgroep = invoer.Doelgroep,
            WetRegime = invoer.WetRegime,
            Koppeldatum = invoer.Koppeldatum,
            Toelichting = invoer.Toelichting,
            Status = DuoSignaalStatus.Nieuw,
            IngevoerdOp = clock.GetUtcNow(),
            IngevoerdDoor = user.UserId,
        };
        db.DuoSignalen.Add(signaal);
        await db.SaveChangesAsync(cancellationToken);

        await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.DuoSignalen, ProcessingOperation.Create, signaal.Subject()), cancellationToken);
        Log.DuoSignaalIngevoerd(logger, signaal.Id, signaal.Soort);

        return ActionResult.Success(
            new ScreenLink(DuoSignaalScreen.ScreenId, signaal.Id.ToString()),
            new LocalizedText("Het signaal van DUO is ingevoerd. Verwerk het of wijs het af.", "The signal from DUO was entered. Process or reject it."));
    }
}
