using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Termijn;

/// <summary>
/// Establishes that the person met the obligation: moves the dossier from in traject to voldaan on the given day, but
/// only when <see cref="VoldaanCheck"/> passes; otherwise it lists what is missing. The record id is the dossier id.
/// </summary>
internal sealed class StelVoldaanVastAction(
    InburgeringDbContext db,
    IVoortgangVoorVoldaan voortgang,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<StelVoldaanVastAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.termijn.voldaan";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Voldaan vaststellen", "Establish completion"),
        [TermijnFields.VoldaanOp],
        InburgeringPermissions.TermijnEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await TermijnEdit.LoadOpenAsync(db, request, logger, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        if (!DossierLifecycle.Allows(dossier.Status, DossierStatus.Voldaan))
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                $"Alleen een dossier met status {DossierStatusNames.Nl(DossierStatus.InTraject)} kan naar {DossierStatusNames.Nl(DossierStatus.Voldaan)}; dit dossier heeft status {DossierStatusNames.Nl(dossier.Status)}.",
                $"Only a dossier with status {DossierStatusNames.En(DossierStatus.InTraject)} can move to {DossierStatusNames.En(DossierStatus.Voldaan)}; this dossier has status {DossierStatusNames.En(dossier.Status)}.")));
        }

        var today = AmsterdamTime.Today(clock);
        if (!Datum.TryParse(request.Value(TermijnFields.VoldaanOp.Key), out var voldaanOp))
        {
            return ActionResult.Invalid(TermijnEdit.DateError(TermijnFields.VoldaanOp));
        }

        if (voldaanOp < dossier.StatusSinds || voldaanOp > today)
        {
            return ActionResult.Invalid(TermijnMessages.DatumBuitenPeriode(TermijnFields.VoldaanOp, dossier.StatusSinds, today));
        }

        var uitkomst = VoldaanCheck.Beoordeel(await voortgang.VoorDossierAsync(dossier.Id, cancellationToken));
        if (!uitkomst.IsVoldaan)
        {
            Log.VoldaanNietVastgesteld(logger, dossier.Id, uitkomst.IsBekend, uitkomst.Ontbreekt.Count);
            return ActionResult.Invalid(new FieldError("", VoldaanTekst.Van(uitkomst)));
        }

        var (wijziging, error) = DossierLifecycle.Move(dossier, DossierStatus.Voldaan, voldaanOp, user.UserId, "Voldaan vastgesteld");
        if (wijziging is null)
        {
            return ActionResult.Invalid(new FieldError("", error!));
        }

        dossier.AfsluitReden = AfsluitReden.InburgeringsplichtVoldaan;
        db.StatusWijzigingen.Add(wijziging);

        if (await TermijnEdit.SaveAsync(db, dossier, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.VoldaanVastgesteld(logger, dossier.Id);

        return TermijnEdit.Saved(dossier, new LocalizedText(
            "Vastgesteld: de persoon heeft voldaan aan de inburgeringsplicht. Het dossier is afgesloten.",
            "Established: the person has met the obligation to integrate. The dossier was closed."));
    }
}
