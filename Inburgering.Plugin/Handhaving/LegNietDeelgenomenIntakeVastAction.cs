using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Inburgering.Plugin.Termijn;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Handhaving;

/// <summary>
/// Records that the person did not take part in the brede intake, with the date of the (last) invitation and a note.
/// The record id is the dossier id.
/// </summary>
internal sealed class LegNietDeelgenomenIntakeVastAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<LegNietDeelgenomenIntakeVastAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.handhaving.intake-niet-deelgenomen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Niet deelgenomen aan de brede intake vastleggen", "Record no participation in the broad intake"),
        [HandhavingFields.Uitnodigingsdatum, HandhavingFields.Omschrijving with { Label = new LocalizedText("Notitie", "Note") }],
        InburgeringPermissions.HandhavingEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await TermijnEdit.LoadOpenAsync(db, request, logger, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        var (datum, error) = HandhavingFeitEdit.ParseDatum(request, HandhavingFields.Uitnodigingsdatum, dossier.Koppeldatum, AmsterdamTime.Today(clock));
        if (error is not null)
        {
            return ActionResult.Invalid(error);
        }

        var feit = new HandhavingFeit
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Soort = HandhavingFeitSoort.NietDeelgenomenBredeIntake,
            Datum = datum,
            Omschrijving = request.Value(HandhavingFields.Omschrijving.Key),
            GeregistreerdOp = clock.GetUtcNow(),
            GeregistreerdDoor = user.UserId,
        };
        return await HandhavingFeitEdit.AddAsync(db, dossier, feit, processingLog, logger, cancellationToken);
    }
}
