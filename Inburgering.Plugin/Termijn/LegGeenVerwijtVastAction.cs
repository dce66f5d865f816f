using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Termijn;

/// <summary>
/// Records that the person is not to blame for finishing after the termijn, because they follow designated
/// non-exempting education (Besluit inburgering 2021, art. 4.3 lid 2), with the reason. The record id is the dossier id.
/// </summary>
internal sealed class LegGeenVerwijtVastAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<LegGeenVerwijtVastAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.termijn.geen-verwijt";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Geen verwijt bij te late afronding vastleggen", "Record no blame for a late finish"),
        [
            TermijnFields.VastgesteldOp,
            TermijnFields.GeenVerwijtGrond,
            TermijnFields.Toelichting with
            {
                Required = true,
                Hint = new LocalizedText("Welk onderwijs, bij welke school en sinds wanneer.", "Which education, at which school and since when."),
            },
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

        if (dossier.Termijn is null)
        {
            return ActionResult.Invalid(new FieldError("", TermijnMessages.GeenTermijn));
        }

        var errors = new List<FieldError>();
        var today = AmsterdamTime.Today(clock);
        if (!Datum.TryParse(request.Value(TermijnFields.VastgesteldOp.Key), out var vastgesteldOp))
        {
            errors.Add(TermijnEdit.DateError(TermijnFields.VastgesteldOp));
        }
        else if (vastgesteldOp < dossier.Koppeldatum || vastgesteldOp > today)
        {
            errors.Add(TermijnMessages.DatumBuitenPeriode(TermijnFields.VastgesteldOp, dossier.Koppeldatum, today));
        }

        if (!TermijnEdit.TryParseChoice<GeenVerwijtGrond>(request.Value(TermijnFields.GeenVerwijtGrond.Key), out var grond))
        {
            errors.Add(TermijnEdit.ChoiceError(TermijnFields.GeenVerwijtGrond));
        }

        var toelichting = request.Value(TermijnFields.Toelichting.Key);
        if (toelichting is null)
        {
            errors.Add(new FieldError(TermijnFields.Toelichting.Key, new LocalizedText(
                "Beschrijf welk onderwijs de persoon volgt, bij welke school en sinds wanneer.",
                "Describe which education the person follows, at which school and since when.")));
        }

        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        db.GeenVerwijten.Add(new GeenVerwijt
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            VastgesteldOp = vastgesteldOp,
            Grond = grond,
            Toelichting = toelichting!,
            GeregistreerdOp = clock.GetUtcNow(),
            GeregistreerdDoor = user.UserId,
        });

        if (await TermijnEdit.SaveAsync(db, dossier, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.GeenVerwijtVastgelegd(logger, dossier.Id, grond);

        return TermijnEdit.Saved(dossier, new LocalizedText(
            "Vastgelegd: de persoon treft geen verwijt als de inburgering na de termijn wordt afgerond.",
            "Recorded: the person is not to blame when the integration finishes after the term."));
    }
}
