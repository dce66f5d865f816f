using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Inburgering.Plugin.Termijn;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Handhaving;

/// <summary>
/// Records why the case of an asielstatushouder is exceptional, for example proven, persistent unwillingness. Only with
/// this reason does <see cref="MaatregelAdvies"/> propose a fine for an asielstatushouder. The record id is the dossier
/// id.
/// </summary>
internal sealed class LegUitzonderlijkGevalVastAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<LegUitzonderlijkGevalVastAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.handhaving.uitzonderlijk-geval";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Uitzonderlijk geval vastleggen (asielstatushouder)", "Record an exceptional case (asylum permit holder)"),
        [
            HandhavingFields.Datum,
            HandhavingFields.Omschrijving with
            {
                Label = new LocalizedText("Reden", "Reason"),
                Required = true,
                Hint = new LocalizedText(
                    "Waarom dit geval uitzonderlijk is, bijvoorbeeld aangetoonde, aanhoudende onwil, met de feiten die dat laten zien.",
                    "Why this case is exceptional, for example proven, persistent unwillingness, with the facts that show it."),
            },
        ],
        InburgeringPermissions.HandhavingEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await TermijnEdit.LoadOpenAsync(db, request, logger, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        if (dossier.Doelgroep != Doelgroep.Asielstatushouder)
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Een uitzonderlijk geval legt u alleen vast voor een asielstatushouder; voor andere doelgroepen is het niet nodig.",
                "An exceptional case is recorded only for an asylum permit holder; other target groups do not need it.")));
        }

        var errors = new List<FieldError>();
        var (datum, error) = HandhavingFeitEdit.ParseDatum(request, HandhavingFields.Datum, dossier.Koppeldatum, AmsterdamTime.Today(clock));
        if (error is not null)
        {
            errors.Add(error);
        }

        var reden = request.Value(HandhavingFields.Omschrijving.Key);
        if (reden is null)
        {
            errors.Add(new FieldError(HandhavingFields.Omschrijving.Key, new LocalizedText(
                "Vul de reden in waarom dit geval uitzonderlijk is.",
                "Enter the reason why this case is exceptional.")));
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
            Soort = HandhavingFeitSoort.UitzonderlijkGeval,
            Datum = datum,
            Omschrijving = reden,
            GeregistreerdOp = clock.GetUtcNow(),
            GeregistreerdDoor = user.UserId,
        };
        return await HandhavingFeitEdit.AddAsync(db, dossier, feit, processingLog, logger, cancellationToken);
    }
}
