using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;
using static Inburgering.Plugin.Pip.PipTermijn;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// Records or corrects the day of DUO's kennisgeving, from which the PIP deadline counts. A late signal keeps its legal
/// date, so the deadline can already be near or past. The record id is the dossier id.
/// </summary>
internal sealed class DuoKennisgevingAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    TimeProvider clock,
    ILogger<DuoKennisgevingAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.pip-duo-kennisgeving";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Kennisgeving van DUO vastleggen", "Record DUO's notification"),
        [PipFields.DuoKennisgevingOp with { Required = true }],
        InburgeringPermissions.PipEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (pip, rejection) = await PipEdit.LoadAsync(db, request, logger, cancellationToken);
        if (pip is null)
        {
            return rejection!;
        }

        var (dateValue, dateError) = PipForm.Date(request, PipFields.DuoKennisgevingOp);
        if (dateValue is not { } kennisgevingOp)
        {
            return ActionResult.Invalid(dateError!);
        }

        var today = AmsterdamTime.Today(clock);
        if (kennisgevingOp > today)
        {
            return ActionResult.Invalid(new FieldError(PipFields.DuoKennisgevingOp.Key, new LocalizedText(
                $"De datum van de kennisgeving ({Nl(kennisgevingOp)}) ligt in de toekomst. Kies vandaag ({Nl(today)}) of een eerdere datum.",
                $"The date of the notification ({En(kennisgevingOp)}) is in the future. Choose today ({En(today)}) or an earlier date.")));
        }

        if (pip.Verlenging is { } verlenging && PipTermijn.Bepaal(kennisgevingOp, pip.Dossier.BrpInschrijvingsdatum, null).ControleerVerlengingStart(verlenging.WachtSinds, today) is { } verlengingError)
        {
            return ActionResult.Invalid(new FieldError(PipFields.DuoKennisgevingOp.Key, new LocalizedText(
                $"Met deze datum past de vastgelegde verlenging niet meer: {verlengingError.Nl} Corrigeer eerst de verlenging.",
                $"With this date the recorded extension no longer fits: {verlengingError.En} Correct the extension first.")));
        }

        pip.Dossier.DuoKennisgevingOp = kennisgevingOp;

        if (await PipEdit.SaveAsync(db, pip, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.DuoKennisgevingRecorded(logger, pip.Dossier.Id, kennisgevingOp);

        return PipEdit.Success(pip, new LocalizedText(
            $"De kennisgeving van DUO van {Nl(kennisgevingOp)} is vastgelegd.",
            $"DUO's notification of {En(kennisgevingOp)} was recorded."));
    }
}
