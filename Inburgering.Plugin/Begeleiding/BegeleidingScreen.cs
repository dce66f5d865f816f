using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>
/// The ontzorgen, maatschappelijke begeleiding and voortgangsgesprekken of one dossier, opened with the dossier id, with
/// the actions that change them filled with the current values. A restricted dossier is refused with a notice.
/// </summary>
internal sealed class BegeleidingScreen(InburgeringDbContext db, IProcessingLog processingLog, ILogger<BegeleidingScreen> logger) : IScreen
{
    public ScreenDefinition Definition { get; } = new(
        DossierOnderdelen.BegeleidingScreenId,
        new LocalizedText("Ontzorgen, maatschappelijke begeleiding en voortgangsgesprekken", "Unburdening, social guidance and progress meetings"),
        HostSlots.Page,
        InburgeringPermissions.BegeleidingView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        var (dossier, refusal) = await DossierRead.LoadAsync(db, request, processingLog, InburgeringProcessingActivities.Begeleiding, logger, cancellationToken);
        if (dossier is null)
        {
            return refusal;
        }

        var ontzorging = await db.Ontzorgingen.AsNoTracking().SingleOrDefaultAsync(o => o.DossierId == dossier.Id, cancellationToken);
        var begeleiding = await db.MaatschappelijkeBegeleidingen.AsNoTracking().SingleOrDefaultAsync(b => b.DossierId == dossier.Id, cancellationToken);
        var gesprekken = await VoortgangsgesprekQueries.NieuwsteEerstAsync(db, dossier.Id, cancellationToken);

        return new ScreenContent(
        [
            BegeleidingSections.Ontzorgen(dossier, ontzorging),
            BegeleidingSections.MaatschappelijkeBegeleiding(dossier, begeleiding),
            BegeleidingSections.Voortgangsgesprekken(gesprekken),
        ])
        {
            Heading = dossier.DisplayName,
            Actions = ActionsFor(dossier),
            ActionValues = BegeleidingActionValues.Of(ontzorging, begeleiding, gesprekken.FirstOrDefault(g => g.IsGepland)),
            Version = DossierEdit.VersionOf(dossier),
        };
    }

    private static List<string> ActionsFor(Dossier dossier)
    {
        if (dossier.Status.IsFinal())
        {
            return [];
        }

        var actions = new List<string>();
        if (OntzorgenRegels.GeldtVoor(dossier.Doelgroep))
        {
            actions.Add(LegOntzorgenVastAction.ActionId);
            actions.Add(LegBegeleidingVastAction.ActionId);
        }

        actions.Add(PlanGesprekAction.ActionId);
        actions.Add(LegGesprekVastAction.ActionId);
        return actions;
    }
}
