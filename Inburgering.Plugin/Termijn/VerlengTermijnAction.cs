using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Termijn;

/// <summary>
/// Records a decision that extends the inburgeringstermijn: the day, who decided, the ground and the new last day, which
/// must come after the current last day. The record id is the dossier id.
/// </summary>
internal sealed class VerlengTermijnAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<VerlengTermijnAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.termijn.verleng";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Verlenging vastleggen", "Record an extension"),
        [
            TermijnFields.Besluitdatum,
            TermijnFields.Beslisser,
            TermijnFields.BeslisserNaam,
            TermijnFields.VerlengingsGrond,
            TermijnFields.Toelichting,
            TermijnFields.NieuweLaatsteDag,
        ],
        InburgeringPermissions.TermijnEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await TermijnEdit.LoadOpenAsync(db, request, logger, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        if (dossier.Termijn is not { } termijn)
        {
            return ActionResult.Invalid(new FieldError("", TermijnMessages.GeenTermijn));
        }

        var errors = new List<FieldError>();
        if (!Datum.TryParse(request.Value(TermijnFields.Besluitdatum.Key), out var besluitdatum))
        {
            errors.Add(TermijnEdit.DateError(TermijnFields.Besluitdatum));
        }

        if (!TermijnEdit.TryParseChoice<VerlengingBeslisser>(request.Value(TermijnFields.Beslisser.Key), out var beslisser))
        {
            errors.Add(TermijnEdit.ChoiceError(TermijnFields.Beslisser));
        }

        var beslisserNaam = request.Value(TermijnFields.BeslisserNaam.Key);
        if (beslisserNaam is null)
        {
            errors.Add(new FieldError(TermijnFields.BeslisserNaam.Key, new LocalizedText(
                "Vul de naam in van de medewerker of organisatie die besloot.",
                "Enter the name of the employee or organisation that decided.")));
        }

        if (!TermijnEdit.TryParseChoice<VerlengingsGrond>(request.Value(TermijnFields.VerlengingsGrond.Key), out var grond))
        {
            errors.Add(TermijnEdit.ChoiceError(TermijnFields.VerlengingsGrond));
        }

        if (!Datum.TryParse(request.Value(TermijnFields.NieuweLaatsteDag.Key), out var nieuweLaatsteDag))
        {
            errors.Add(TermijnEdit.DateError(TermijnFields.NieuweLaatsteDag));
        }

        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        var verlengingen = await db.Verlengingen.Where(v => v.DossierId == dossier.Id).ToListAsync(cancellationToken);
        var toelichting = request.Value(TermijnFields.Toelichting.Key);
        errors.AddRange(VerlengingRegels.Valideer(
            termijn, termijn.LaatsteDagMet(verlengingen), besluitdatum, nieuweLaatsteDag, grond, toelichting, AmsterdamTime.Today(clock)));
        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        var verlenging = new Verlenging
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Volgnummer = verlengingen.Count == 0 ? 1 : verlengingen.Max(v => v.Volgnummer) + 1,
            Besluitdatum = besluitdatum,
            Beslisser = beslisser,
            BeslisserNaam = beslisserNaam!,
            Grond = grond,
            Toelichting = toelichting,
            NieuweLaatsteDag = nieuweLaatsteDag,
            GeregistreerdOp = clock.GetUtcNow(),
            GeregistreerdDoor = user.UserId,
        };
        db.Verlengingen.Add(verlenging);

        if (await TermijnEdit.SaveAsync(db, dossier, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.TermijnVerlengd(logger, dossier.Id, verlenging.Volgnummer, beslisser);

        return TermijnEdit.Saved(dossier, new LocalizedText(
            $"De verlenging is vastgelegd. De termijn eindigt nu op {Datum.Nl(nieuweLaatsteDag)}.",
            $"The extension was recorded. The term now ends on {Datum.En(nieuweLaatsteDag)}."));
    }
}
