using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.BredeIntake;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoPortaal;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;
using static Inburgering.Plugin.Pip.PipTermijn;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// Adopts the open PIP concept as a beschikking with its dagtekening; it is immutable from then on. The first
/// vastgesteld PIP fixes the dagtekening that starts the inburgeringstermijn and moves the dossier to PIP vastgesteld.
/// The record id is the dossier id.
/// </summary>
internal sealed class PipVaststellenAction(
    InburgeringDbContext db,
    BredeIntakeUitkomstQuery intake,
    IProcessingLog processingLog,
    IMeldingen meldingen,
    IDuoRegistratiePoort duo,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<PipVaststellenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.pip-vaststellen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("PIP vaststellen", "Adopt the PIP"),
        [
            PipFields.Dagtekening with
            {
                Required = true,
                Hint = new LocalizedText(
                    "De datum van de beschikking; niet in de toekomst en niet vóór de koppeldatum. De dagtekening van het eerste PIP verandert daarna niet meer.",
                    "The date of the decision; not in the future and not before the link date. The date of the first PIP never changes afterwards."),
            },
        ],
        InburgeringPermissions.PipVaststellen);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (pip, rejection) = await PipEdit.LoadAsync(db, request, logger, cancellationToken);
        if (pip is null)
        {
            return rejection!;
        }

        if (pip.OpenConcept is not { } concept)
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Er is geen PIP-concept om vast te stellen. Stel eerst een concept op.",
                "There is no PIP concept to adopt. Draft a concept first.")));
        }

        var (dagtekeningValue, dateError) = PipForm.Date(request, PipFields.Dagtekening);
        if (dagtekeningValue is not { } dagtekening)
        {
            return ActionResult.Invalid(dateError!);
        }

        var vorige = pip.LaatsteVastgesteld;
        if (DagtekeningError(pip.Dossier, vorige, dagtekening) is { } dagtekeningError)
        {
            return ActionResult.Invalid(new FieldError(PipFields.Dagtekening.Key, dagtekeningError));
        }

        if (await InhoudErrorAsync(pip, concept, vorige, dagtekening, cancellationToken) is { } inhoudError)
        {
            return ActionResult.Invalid(inhoudError);
        }

        if (pip.Dossier.DagtekeningEerstePip is null && await IntakeErrorAsync(pip.Dossier, concept, dagtekening, cancellationToken) is { } intakeError)
        {
            return ActionResult.Invalid(intakeError);
        }

        concept.StelVast(dagtekening, user.UserId, clock.GetUtcNow());

        if (pip.Dossier.DagtekeningEerstePip is null)
        {
            // NOTE: a person who moved in from another gemeente has no PIP here yet, so this records the new PIP's
            // dagtekening, but the termijn runs from the old gemeente's first PIP. The transfer must set that date first.
            pip.Dossier.LegDagtekeningEerstePipVast(dagtekening);

            var (wijziging, moveError) = DossierLifecycle.Move(pip.Dossier, DossierStatus.PipVastgesteld, dagtekening, user.UserId, "Eerste PIP vastgesteld");
            if (wijziging is null)
            {
                return ActionResult.Invalid(new FieldError("", moveError!));
            }

            db.StatusWijzigingen.Add(wijziging);
        }

        meldingen.Publiceer(MeldingTypen.PipVastgesteld, pip.Dossier.Id.ToString("D"), new Dictionary<string, string?>
        {
            ["pipVersieId"] = concept.Id.ToString("D"),
            ["versienummer"] = concept.Versienummer.ToString(CultureInfo.InvariantCulture),
            ["soort"] = concept.Soort.ToString(),
            ["leerroute"] = concept.Leerroute.ToString(),
            ["dagtekening"] = dagtekening.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        await duo.MeldPipAsync(pip.Dossier, concept, cancellationToken);

        if (await PipEdit.SaveAsync(db, pip, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.PipVastgesteld(logger, pip.Dossier.Id, concept.Versienummer, concept.Soort, dagtekening);

        return PipEdit.Success(pip, new LocalizedText(
            $"Versie {concept.Versienummer} van het PIP is vastgesteld met dagtekening {Nl(dagtekening)}.",
            $"Version {concept.Versienummer} of the PIP was adopted with date {En(dagtekening)}."));
    }

    /// <summary>
    /// Returns why the first PIP cannot be adopted: the brede intake must be completed on or before its dagtekening, and
    /// the PIP must name the leerroute the intake chose.
    /// </summary>
    private async Task<FieldError?> IntakeErrorAsync(Dossier dossier, PipVersie concept, DateOnly dagtekening, CancellationToken cancellationToken)
    {
        var uitkomst = await intake.FindAsync(dossier.Id, cancellationToken);
        if (uitkomst is not { IsAfgerond: true, AfgerondOp: { } afgerondOp })
        {
            return new FieldError("", new LocalizedText(
                "Rond eerst de brede intake af; het eerste PIP bouwt daarop voort.",
                "Complete the broad intake first; the first PIP builds on it."));
        }

        if (dagtekening < afgerondOp)
        {
            return new FieldError(PipFields.Dagtekening.Key, new LocalizedText(
                $"De dagtekening ({Nl(dagtekening)}) ligt vóór de afronding van de brede intake ({Nl(afgerondOp)}). Kies die dag of later.",
                $"The date ({En(dagtekening)}) is before the broad intake was completed ({En(afgerondOp)}). Choose that day or later."));
        }

        if (uitkomst.GekozenLeerroute is { } gekozen && concept.Leerroute != gekozen)
        {
            return new FieldError(PipFields.Leerroute.Key, new LocalizedText(
                $"De brede intake koos de {LeerrouteNames.Name(gekozen).Nl}, maar het concept noemt de {LeerrouteNames.Name(concept.Leerroute).Nl}. Het eerste PIP volgt de brede intake: pas het concept aan.",
                $"The broad intake chose the {LeerrouteNames.Name(gekozen).En}, but the concept names the {LeerrouteNames.Name(concept.Leerroute).En}. The first PIP follows the broad intake: change the concept."));
        }

        return null;
    }

    private LocalizedText? DagtekeningError(Dossier dossier, PipVersie? vorige, DateOnly dagtekening)
    {
        var today = AmsterdamTime.Today(clock);
        if (dagtekening > today)
        {
            return new LocalizedText(
                $"De dagtekening ({Nl(dagtekening)}) ligt in de toekomst. Kies vandaag ({Nl(today)}) of een eerdere datum.",
                $"The date ({En(dagtekening)}) is in the future. Choose today ({En(today)}) or an earlier date.");
        }

        if (dagtekening < dossier.Koppeldatum)
        {
            return new LocalizedText(
                $"De dagtekening ({Nl(dagtekening)}) ligt vóór de koppeldatum ({Nl(dossier.Koppeldatum)}). Kies een datum vanaf de koppeldatum.",
                $"The date ({En(dagtekening)}) is before the link date ({En(dossier.Koppeldatum)}). Choose a date from the link date.");
        }

        if (vorige?.Dagtekening is { } vorigeDagtekening && dagtekening < vorigeDagtekening)
        {
            return new LocalizedText(
                $"De dagtekening ({Nl(dagtekening)}) ligt vóór die van de vorige versie ({Nl(vorigeDagtekening)}). Kies een datum vanaf {Nl(vorigeDagtekening)}.",
                $"The date ({En(dagtekening)}) is before that of the previous version ({En(vorigeDagtekening)}). Choose a date from {En(vorigeDagtekening)}.");
        }

        return null;
    }

    /// <summary>Checks the concept once more against the rules of its soort, on the dagtekening and with today's hours.</summary>
    private async Task<FieldError?> InhoudErrorAsync(PipDossier pip, PipVersie concept, PipVersie? vorige, DateOnly dagtekening, CancellationToken cancellationToken)
    {
        if (concept.ContactpersoonNaam is null || concept.ContactpersoonEmail is null)
        {
            return new FieldError(PipFields.ContactpersoonNaam.Key, new LocalizedText(
                "Vul in het concept de naam en het e-mailadres van de contactpersoon in; de beschikking noemt ze.",
                "Fill in the contact person's name and e-mail address in the concept; the decision states them."));
        }

        if (PipWijzigingRegels.Concept(concept.Soort, concept.Inhoud, vorige?.Inhoud) is { } invalid)
        {
            return new FieldError(invalid.FieldKey, invalid.Error);
        }

        if (concept.Soort == PipSoort.Schakelen && vorige is not null && pip.Dossier.Termijn is { } termijn
            && PipWijzigingRegels.Schakelen(vorige.Leerroute, concept.Leerroute, termijn, dagtekening) is { } schakelError)
        {
            return new FieldError(PipFields.Dagtekening.Key, schakelError);
        }

        if (concept.Soort == PipSoort.Afschalen && vorige is not null)
        {
            var uren = await PipAfschalenAction.Nt2UrenVoorAfschalenAsync(db, pip.Dossier.Id, cancellationToken);
            if (PipWijzigingRegels.Afschalen(vorige.Inhoud, uren, concept.InzetAangetoond == true, concept.InzetToelichting) is { } afschalenError)
            {
                return new FieldError("", afschalenError);
            }
        }

        return null;
    }
}
