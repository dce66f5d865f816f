using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Inburgering.Plugin.Termijn;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Handhaving;

/// <summary>
/// Records that the person culpably did not meet an obligation of the PIP: which one, when, and a description. The
/// record id is the dossier id.
/// </summary>
internal sealed class LegPipNietNagekomenVastAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<LegPipNietNagekomenVastAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.handhaving.pip-niet-nagekomen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("PIP verwijtbaar niet nagekomen vastleggen", "Record a culpable breach of the PIP"),
        [HandhavingFields.Datum, HandhavingFields.Verplichting with { Required = true }, HandhavingFields.Omschrijving with { Required = true }],
        InburgeringPermissions.HandhavingEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await TermijnEdit.LoadOpenAsync(db, request, logger, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        if (dossier.DagtekeningEerstePip is not { } dagtekening)
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Er is nog geen PIP vastgesteld, dus er is geen verplichting uit het PIP om na te komen.",
                "No PIP has been adopted yet, so there is no obligation of the PIP to meet.")));
        }

        var errors = new List<FieldError>();
        var (datum, error) = HandhavingFeitEdit.ParseDatum(request, HandhavingFields.Datum, dagtekening, AmsterdamTime.Today(clock));
        if (error is not null)
        {
            errors.Add(error);
        }

        if (!TermijnEdit.TryParseChoice<PipVerplichting>(request.Value(HandhavingFields.Verplichting.Key), out var verplichting))
        {
            errors.Add(TermijnEdit.ChoiceError(HandhavingFields.Verplichting));
        }

        var omschrijving = request.Value(HandhavingFields.Omschrijving.Key);
        if (omschrijving is null)
        {
            errors.Add(new FieldError(HandhavingFields.Omschrijving.Key, new LocalizedText(
                "Beschrijf wat de persoon niet nakwam en waarom dat verwijtbaar is.",
                "Describe what the person did not meet and why that is culpable.")));
        }

        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        var feit = new HandhavingFeit
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Soort = HandhavingFeitSoort.PipVerwijtbaarNietNagekomen,
            Datum = datum,
            Verplichting = verplichting,
            Omschrijving = omschrijving,
            GeregistreerdOp = clock.GetUtcNow(),
            GeregistreerdDoor = user.UserId,
        };
        return await HandhavingFeitEdit.AddAsync(db, dossier, feit, processingLog, logger, cancellationToken);
    }
}
