using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Coa;

/// <summary>
/// Enters or updates the COA informatieformulier of an asielstatushouder. Every change adds a version with who, when and
/// source Handmatig; a form with the current values changes nothing. The record id is the dossier id, and the user
/// must have seen the current version of the dossier.
/// </summary>
internal sealed class CoaBijwerkenAction(
    InburgeringDbContext db,
    CoaBijwerking bijwerking,
    IProcessingLog processingLog,
    TimeProvider clock,
    ILogger<CoaBijwerkenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.coa-bijwerken";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Informatie van het COA invoeren of bijwerken", "Enter or update the COA's information"),
        [
            CoaFields.Formulierdatum with
            {
                Required = true,
                Hint = new LocalizedText("De datum op het informatieformulier van het COA.", "The date on the COA's information form."),
            },
            CoaFields.RegievoerderNaam,
            CoaFields.RegievoerderTelefoon,
            CoaFields.RegievoerderEmail,
            CoaFields.AzcNaam with
            {
                Hint = new LocalizedText("Bijvoorbeeld AZC Budel-Cranendonck.", "For example AZC Budel-Cranendonck."),
            },
            CoaFields.AzcAdres,
            CoaFields.AzcTelefoon with
            {
                Hint = new LocalizedText("Het nummer waarop de inburgeraar in het AZC bereikbaar is; het COA houdt het actueel.", "The number at which the person can be reached in the AZC; the COA keeps it current."),
            },
            CoaFields.AzcEmail,
            CoaFields.DigidAangevraagd with
            {
                Hint = new LocalizedText("Zonder keuze geldt onbekend.", "Without a choice, unknown applies."),
            },
            CoaFields.DigidAangevraagdOp with
            {
                Hint = new LocalizedText("Alleen als de DigiD is aangevraagd; niet in de toekomst.", "Only when the DigiD was requested; not in the future."),
            },
            CoaFields.Rijbewijs,
            CoaFields.RijbewijsUitgifteStaat with
            {
                Hint = new LocalizedText("Alleen bij een rijbewijs: de staat die het afgaf, bijvoorbeeld Syrië.", "Only with a driving licence: the state that issued it, for example Syria."),
            },
            CoaFields.ToestemmingVoorinburgering,
            CoaFields.ToestemmingVoorinburgeringOp,
            CoaFields.Huisvestingsdatum with
            {
                Hint = new LocalizedText("De dag van de huisvesting in de gemeente, als die bekend is; mag in de toekomst liggen.", "The day of housing in the municipality, when known; may lie in the future."),
            },
            CoaFields.StartScenario,
            CoaFields.Bijzonderheden with
            {
                Hint = new LocalizedText(
                    "Overige afspraken en opmerkingen bij de overdracht. Geen gegevens over gezondheid: die horen in de brede intake.",
                    "Other agreements and remarks about the handover. No health facts: those belong in the broad intake."),
            },
        ],
        InburgeringPermissions.CoaEdit);

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

        if (!CoaDoelgroep.GeldtVoor(dossier.Doelgroep))
        {
            Log.CoaRefusedForDoelgroep(logger, dossier.Id, dossier.Doelgroep);
            return ActionResult.Invalid(new FieldError("", CoaDoelgroep.Weigering(dossier.Doelgroep)));
        }

        if (dossier.Status.IsFinal())
        {
            return ActionResult.Invalid(new FieldError("", CoaMeldingen.DossierAfgesloten));
        }

        var (gegevens, fouten) = CoaInvoer.Lees(veld => request.Value(veld.Key), AmsterdamTime.Today(clock));
        if (gegevens is null)
        {
            return ActionResult.Invalid([.. fouten.Select(f => new FieldError(f.Veld.Key, f.Melding))]);
        }

        var versie = await bijwerking.LegVastAsync(dossier, gegevens, CoaBron.Handmatig, cancellationToken);
        if (versie is null)
        {
            await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.CoaInformatie, ProcessingOperation.Read, DossierSubject.Of(dossier)), cancellationToken);
            return ActionResult.Success(
                new ScreenLink(DossierOnderdelen.CoaScreenId, dossier.Id.ToString()),
                new LocalizedText("Er is niets gewijzigd: de informatie van het COA had deze waarden al.", "Nothing changed: the COA's information already had these values."));
        }

        if (await DossierEdit.SaveAsync(db, dossier, processingLog, InburgeringProcessingActivities.CoaInformatie, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.CoaInformatieRecorded(logger, dossier.Id, versie.Value, CoaBron.Handmatig);

        return ActionResult.Success(
            new ScreenLink(DossierOnderdelen.CoaScreenId, dossier.Id.ToString()),
            new LocalizedText($"De informatie van het COA is vastgelegd als versie {versie}.", $"The COA's information was recorded as version {versie}."));
    }
}
