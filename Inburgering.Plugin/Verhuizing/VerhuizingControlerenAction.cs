using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Verhuizing;

/// <summary>
/// Asks the BRP now whether the person of one dossier moved to another gemeente, as the daily check does for all
/// dossiers. The record id is the dossier id, and the user must have seen the current version.
/// </summary>
internal sealed class VerhuizingControlerenAction(
    InburgeringDbContext db,
    BrpVerhuizingControle controle,
    ILogger<VerhuizingControlerenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.verhuizing-controleren";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("BRP controleren op verhuizing", "Check the BRP for a move"),
        [],
        InburgeringPermissions.OverdrachtVerzenden);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await DossierEdit.LoadAsync(db, request, logger, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        if (dossier.IsBeperkt)
        {
            return BeperkingNotice.Rejection;
        }

        if (dossier.Status.IsFinal())
        {
            return Rejected(new LocalizedText(
                "Dit dossier is afgesloten; een verhuizing doet er dan niet meer toe.",
                "This dossier is closed, so a move no longer matters."));
        }

        if (dossier.Bsn is null)
        {
            return Rejected(new LocalizedText(
                "Dit dossier heeft nog geen BSN, dus de BRP kan niet worden geraadpleegd. Koppel eerst het BSN.",
                "This dossier has no BSN yet, so the BRP cannot be consulted. Link the BSN first."));
        }

        var resultaat = await controle.ControleerAsync(dossier, cancellationToken);
        if (resultaat.Status == BrpLookupStatus.Failed)
        {
            return Rejected(new LocalizedText(
                "De BRP is niet bereikbaar; er is niets gecontroleerd. Probeer het over een paar minuten opnieuw; meld het aan de functioneel beheerder als het blijft mislukken.",
                "The BRP cannot be reached; nothing was checked. Try again in a few minutes; tell the application manager if it keeps failing."));
        }

        if (resultaat.Status == BrpLookupStatus.NotFound)
        {
            return Rejected(new LocalizedText(
                "De BRP kent het BSN van dit dossier niet meer. Controleer het BSN met de functioneel beheerder.",
                "The BRP no longer knows the BSN of this dossier. Check the BSN with the application manager."));
        }

        return ActionResult.Success(new ScreenLink(DossierScreen.ScreenId, dossier.Id.ToString()), MessageFor(resultaat));
    }

    private static LocalizedText MessageFor(BrpControleResultaat resultaat) => resultaat switch
    {
        { Verhuizing: { } verhuizing } => new LocalizedText(
            $"Verhuizing naar gemeente {verhuizing.NieuweGemeente} gesignaleerd. Er staat een taak in de werkvoorraad om de overdracht voor te bereiden.",
            $"Move to municipality {verhuizing.NieuweGemeente} detected. A task to prepare the handover is in the work queue."),
        { Uitkomst: VerhuizingUitkomst.AndereGemeente } => new LocalizedText(
            "De BRP schrijft de persoon in een andere gemeente in; die verhuizing was al gesignaleerd of afgehandeld.",
            "The BRP registers the person in another municipality; that move was already detected or handled."),
        { Uitkomst: VerhuizingUitkomst.NogNietInGemeente } => new LocalizedText(
            $"De BRP schrijft de persoon nog steeds in bij gemeente {resultaat.GemeenteVanInschrijving}; dat is geen nieuwe verhuizing. Een eerder gesignaleerde verhuizing blijft zoals die is.",
            $"The BRP still registers the person in municipality {resultaat.GemeenteVanInschrijving}; that is no new move. A move detected before stays as it is."),
        { Uitkomst: VerhuizingUitkomst.GeenGemeente } => new LocalizedText(
            "De BRP geeft geen Nederlandse gemeente van inschrijving, bijvoorbeeld na vertrek naar het buitenland. Dat is geen verhuizing naar een andere gemeente; sluit het dossier af als de persoon is vertrokken.",
            "The BRP gives no Dutch municipality of registration, for example after emigration. That is no move to another municipality; close the dossier if the person has left."),
        _ => new LocalizedText(
            "Geen verhuizing naar een andere gemeente: de BRP schrijft de persoon in bij deze gemeente.",
            "No move to another municipality: the BRP registers the person in this municipality."),
    };

    private static ActionResult Rejected(LocalizedText message) => ActionResult.Invalid(new FieldError("", message));
}
