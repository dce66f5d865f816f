using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Termijn;

/// <summary>
/// Records DUO's decision on an ontheffing or a vrijstelling and closes the dossier with status
/// <see cref="DossierStatus.Ontheffing"/> on the day of the decision, through the lifecycle. The record id is the
/// dossier id.
/// </summary>
internal abstract class OntheffingAction(
    OntheffingSoort soort,
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger logger) : IActionHandler
{
    public abstract ActionDefinition Definition { get; }

    /// <summary>The input field for the ground of this kind.</summary>
    protected abstract FieldDefinition GrondField { get; }

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await TermijnEdit.LoadOpenAsync(db, request, logger, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        var errors = new List<FieldError>();
        var today = AmsterdamTime.Today(clock);
        if (!Datum.TryParse(request.Value(TermijnFields.Besluitdatum.Key), out var besluitdatum))
        {
            errors.Add(TermijnEdit.DateError(TermijnFields.Besluitdatum));
        }
        else if (besluitdatum < dossier.StatusSinds || besluitdatum > today)
        {
            errors.Add(TermijnMessages.DatumBuitenPeriode(TermijnFields.Besluitdatum, dossier.StatusSinds, today));
        }

        if (!TermijnEdit.TryParseChoice<OntheffingGrond>(request.Value(GrondField.Key), out var grond) || !OntheffingGronden.Voor(soort).Contains(grond))
        {
            errors.Add(TermijnEdit.ChoiceError(GrondField));
        }

        var toelichting = request.Value(TermijnFields.Toelichting.Key);
        if (grond == OntheffingGrond.Anders && toelichting is null)
        {
            errors.Add(new FieldError(TermijnFields.Toelichting.Key, new LocalizedText(
                "Beschrijf de grond in de toelichting als u 'anders' kiest.",
                "Describe the ground in the explanation when you choose 'other'.")));
        }

        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        var reden = soort == OntheffingSoort.Ontheffing ? "Ontheffing door DUO" : "Vrijstelling door DUO";
        var (wijziging, error) = DossierLifecycle.Move(dossier, DossierStatus.Ontheffing, besluitdatum, user.UserId, reden);
        if (wijziging is null)
        {
            return ActionResult.Invalid(new FieldError("", error!));
        }

        dossier.AfsluitReden = AfsluitReden.Ontheffing;
        db.StatusWijzigingen.Add(wijziging);
        db.Ontheffingen.Add(new Ontheffing
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Soort = soort,
            Besluitdatum = besluitdatum,
            Grond = grond,
            Toelichting = toelichting,
            GeregistreerdOp = clock.GetUtcNow(),
            GeregistreerdDoor = user.UserId,
        });

        if (await TermijnEdit.SaveAsync(db, dossier, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.OntheffingVastgelegd(logger, dossier.Id, soort);

        return TermijnEdit.Saved(dossier, soort == OntheffingSoort.Ontheffing
            ? new LocalizedText("De ontheffing is vastgelegd en het dossier is afgesloten.", "The dispensation was recorded and the dossier was closed.")
            : new LocalizedText("De vrijstelling is vastgelegd en het dossier is afgesloten.", "The exemption was recorded and the dossier was closed."));
    }
}
