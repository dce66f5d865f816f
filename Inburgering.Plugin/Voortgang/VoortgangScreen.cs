using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// The onderdelen of one dossier, opened with the dossier id: hours against their thresholds, the list of hours, KNM,
/// PVT, MAP, exam results, the Z-route and the onderwijsroute, and which of them are completed.
/// </summary>
internal sealed class VoortgangScreen(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    IPluginSettings settings,
    ILeerrouteVanDossier leerroutes,
    ILogger<VoortgangScreen> logger) : IScreen
{
    public ScreenDefinition Definition { get; } = new(
        DossierOnderdelen.VoortgangScreenId,
        new LocalizedText("Onderdelen, uren en examens", "Components, hours and exams"),
        HostSlots.Page,
        InburgeringPermissions.VoortgangView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        var (dossier, refusal) = await DossierRead.LoadAsync(db, request, processingLog, InburgeringProcessingActivities.Voortgang, logger, cancellationToken);
        if (dossier is null)
        {
            return refusal;
        }

        var gegevens = await VoortgangLezer.LeesAsync(db, dossier, cancellationToken);
        var leerroute = await leerroutes.LeesAsync(dossier.Id, cancellationToken);
        var doelen = await UrenDoelen.LeesAsync(settings, cancellationToken);
        var stand = VoortgangStand.Bepaal(gegevens, leerroute, doelen);
        var pagina = await UrenregelPagina.LeesAsync(db, dossier.Id, request.List.After, cancellationToken);

        return new ScreenContent(
            [
                VoortgangSecties.Stand(stand, leerroute),
                VoortgangSecties.Uren(gegevens, doelen),
                VoortgangSecties.Urenregels(pagina),
                VoortgangSecties.Aanwezigheid(gegevens.Aanwezigheid),
                VoortgangSecties.Knm(gegevens.Knm),
                VoortgangSecties.Pvt(gegevens.Pvt, gegevens.Uren, doelen),
                VoortgangSecties.Map(gegevens.Map, gegevens.Uren, leerroute),
                VoortgangSecties.Examens(gegevens.Examens),
                VoortgangSecties.ZRoute(gegevens, doelen),
                VoortgangSecties.Onderwijsroute(gegevens.Onderwijsroute),
            ])
        {
            Heading = dossier.DisplayName,
            Actions = ActionsFor(leerroute, pagina.Regels.Count > 0),
            ActionValues = VoortgangActionValues.Van(gegevens),
            Version = DossierEdit.VersionOf(dossier),
        };
    }

    private static List<string> ActionsFor(PipLeerroute? leerroute, bool heeftUren)
    {
        var actions = new List<string> { RegistreerUrenAction.ActionId };
        if (heeftUren)
        {
            actions.Add(VerwijderUrenAction.ActionId);
        }

        actions.Add(LegKnmVastAction.ActionId);
        actions.Add(LegPvtVastAction.ActionId);
        if (LeerrouteOnderdelen.HeeftMap(leerroute?.Leerroute))
        {
            actions.Add(LegMapVastAction.ActionId);
        }

        actions.Add(RegistreerExamenAction.ActionId);
        if (LeerrouteOnderdelen.HeeftZRouteEindgesprek(leerroute?.Leerroute))
        {
            actions.Add(LegZRouteEindgesprekVastAction.ActionId);
        }

        if (LeerrouteOnderdelen.HeeftTaalschakeltraject(leerroute?.Leerroute))
        {
            actions.Add(LegOnderwijsrouteVastAction.ActionId);
        }

        return actions;
    }
}
