using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;
using static Inburgering.Plugin.Pip.PipTermijn;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// Extends the PIP deadline because the gemeente waits for information from a third party, or corrects that
/// extension. The wait must start before the deadline passed. The record id is the dossier id.
/// </summary>
internal sealed class PipVerlengingAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<PipVerlengingAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.pip-verlenging";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Termijn verlengen: wachten op informatie van een derde", "Extend the deadline: waiting for a third party's information"),
        [PipFields.Derde with { Required = true }, PipFields.WachtSinds with { Required = true }],
        InburgeringPermissions.PipEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (pip, rejection) = await PipEdit.LoadAsync(db, request, logger, cancellationToken);
        if (pip is null)
        {
            return rejection!;
        }

        if (pip.Dossier.DagtekeningEerstePip is not null)
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Het eerste PIP is al vastgesteld; de termijn daarvoor kan niet meer worden verlengd.",
                "The first PIP was already adopted; its deadline can no longer be extended.")));
        }

        var (derde, derdeError) = PipForm.Required(request, PipFields.Derde);
        if (derdeError is not null)
        {
            return ActionResult.Invalid(derdeError);
        }

        var (dateValue, dateError) = PipForm.Date(request, PipFields.WachtSinds);
        if (dateValue is not { } wachtSinds)
        {
            return ActionResult.Invalid(dateError!);
        }

        var today = AmsterdamTime.Today(clock);
        var zonderVerlenging = PipTermijn.Bepaal(pip.Dossier.DuoKennisgevingOp, pip.Dossier.BrpInschrijvingsdatum, null);
        if (zonderVerlenging.ControleerVerlengingStart(wachtSinds, today) is { } startError)
        {
            return ActionResult.Invalid(new FieldError(PipFields.WachtSinds.Key, startError));
        }

        if (pip.Verlenging?.InformatieOntvangenOp is { } ontvangen && ontvangen < wachtSinds)
        {
            return ActionResult.Invalid(new FieldError(PipFields.WachtSinds.Key, new LocalizedText(
                $"De informatie is al ontvangen op {Nl(ontvangen)}; de datum waarop u erom vroeg moet daarvóór liggen.",
                $"The information already arrived on {En(ontvangen)}; the date you asked for it must be before that.")));
        }

        var verlenging = pip.Verlenging;
        if (verlenging is null)
        {
            verlenging = new PipVerlenging { DossierId = pip.Dossier.Id, Gemeente = pip.Dossier.Gemeente, Derde = derde!, GewijzigdDoor = user.UserId };
            db.PipVerlengingen.Add(verlenging);
        }

        verlenging.Derde = derde!;
        verlenging.WachtSinds = wachtSinds;
        verlenging.GewijzigdDoor = user.UserId;

        if (await PipEdit.SaveAsync(db, pip, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.PipDeadlineExtended(logger, pip.Dossier.Id, wachtSinds);

        return PipEdit.Success(pip, new LocalizedText(
            "De termijn is verlengd zolang u wacht op de informatie. Leg vast wanneer die binnenkomt; het PIP moet dan binnen 2 weken zijn vastgesteld.",
            "The deadline is extended while you wait for the information. Record when it arrives; the PIP must then be adopted within 2 weeks."));
    }
}
