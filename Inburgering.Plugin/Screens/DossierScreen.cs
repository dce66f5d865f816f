using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Levensloop;
using Inburgering.Plugin.Overdracht;
using Inburgering.Plugin.Overdracht.Bestand;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Registration;
using Inburgering.Plugin.Security;
using Inburgering.Plugin.Verhuizing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Screens;

/// <summary>
/// One dossier: the person's BRP data as retrieved at registration, and the state of the inburgering. A restricted
/// dossier is refused with a notice, and an anonymised one is not found.
/// </summary>
internal sealed class DossierScreen(InburgeringDbContext db, IProcessingLog processingLog, ICurrentUser user, ILogger<DossierScreen> logger) : IScreen
{
    public const string ScreenId = "inburgering.dossier";

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Inburgeringsdossier", "Integration dossier"),
        HostSlots.Page,
        InburgeringPermissions.DossierView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        var (dossier, refusal) = await DossierRead.LoadAsync(db, request, processingLog, InburgeringProcessingActivities.Dossierbeheer, logger, cancellationToken);
        if (dossier is null)
        {
            return refusal;
        }

        var history = await db.StatusWijzigingen.AsNoTracking()
            .Where(w => w.DossierId == dossier.Id)
            .OrderBy(w => w.Op)
            .ThenBy(w => w.Id)
            .ToListAsync(cancellationToken);

        var correcties = await DossierCorrectiesSection.LoadAsync(db, dossier.Id, cancellationToken);
        var verhuizing = await VerhuizingSection.LoadAsync(db, dossier.Id, cancellationToken);

        return new ScreenContent(
            [
                PersoonSection(dossier), InburgeringSection(dossier), .. verhuizing is null ? Array.Empty<ScreenSection>() : [verhuizing],
                DossierOnderdelen.Section(dossier.Id, user), StatusHistorySection(history), correcties,
            ])
        {
            Heading = dossier.DisplayName,
            Actions = [.. ActionsFor(dossier), .. VerhuizingSection.ActionsFor(dossier, verhuizing is not null)],
            Version = DossierEdit.VersionOf(dossier),
        };
    }

    private static List<string> ActionsFor(Dossier dossier)
    {
        var actions = new List<string>();
        if (dossier.Bsn is null)
        {
            actions.Add(KoppelBsnAction.ActionId);
        }

        if (dossier.Status == DossierStatus.PipVastgesteld)
        {
            actions.Add(TrajectGestartAction.ActionId);
        }

        if (!dossier.Status.IsFinal())
        {
            actions.AddRange([VertrokkenAction.ActionId, SluitDossierAfAction.ActionId]);
        }

        if (OverdrachtVoorbereidenAction.KanOverdragen(dossier))
        {
            actions.AddRange([OverdrachtVoorbereidenAction.ActionId, OverdrachtExporterenAction.ActionId]);
        }

        actions.Add(WetRegimeCorrigerenAction.ActionId);

        actions.Add(BeperkDossierAction.ActionId);
        return actions;
    }

    /// <summary>Returns the person's BRP data; <paramref name="canLinkBsn"/> adds the advice to link a BSN when there is none.</summary>
    internal static ScreenSection PersoonSection(Dossier dossier, bool canLinkBsn = true)
    {
        var elements = new List<ScreenElement>();
        if (dossier.Bsn is null && canLinkBsn)
        {
            elements.Add(new TextElement(new LocalizedText(
                "Deze persoon is op het V-nummer geregistreerd en heeft nog geen BSN. Koppel het BSN zodra de BRP de persoon heeft ingeschreven; dan worden de gegevens uit de BRP overgenomen.",
                "This person was registered on the V-nummer and has no BSN yet. Link the BSN once the BRP has registered the person; the BRP data are then copied.")));
        }

        elements.AddRange(BrpWarnings(dossier));
        elements.AddRange(
        [
            new FieldElement(DossierFields.Naam, dossier.Naam),
            new FieldElement(DossierFields.Bsn, dossier.Bsn),
            new FieldElement(DossierFields.VNummer, dossier.VNummer),
            new FieldElement(DossierFields.Geboortedatum, ToPartialDate(dossier.Geboortedatum)),
            new FieldElement(DossierFields.AdresRegel1, dossier.AdresRegel1),
            new FieldElement(DossierFields.AdresRegel2, dossier.AdresRegel2),
            new FieldElement(DossierFields.Nationaliteit, dossier.Nationaliteiten.Count == 0 ? null : string.Join(", ", dossier.Nationaliteiten)),
            new FieldElement(DossierFields.GemeenteVanInschrijving, dossier.GemeenteVanInschrijving),
            new FieldElement(DossierFields.DatumInschrijvingGemeente, ToPartialDate(dossier.DatumInschrijvingGemeente)),
            new FieldElement(DossierFields.BrpOpgevraagdOp, dossier.BrpOpgevraagdOp),
        ]);

        return new ScreenSection(new LocalizedText("Persoon (uit de BRP)", "Person (from the BRP)"), elements);
    }

    /// <summary>Returns notices for BRP data that contradict the registration, for the consulent to check.</summary>
    private static IEnumerable<ScreenElement> BrpWarnings(Dossier dossier)
    {
        if (dossier.HasDutchNationality)
        {
            yield return new TextElement(new LocalizedText(
                "Let op: volgens de BRP heeft deze persoon de Nederlandse nationaliteit en is dan niet inburgeringsplichtig. Controleer het signaal van DUO of het COA.",
                "Note: according to the BRP this person has Dutch nationality and is then not obliged to integrate. Check the report from DUO or the COA."));
        }

        if (dossier.GemeenteVanInschrijving is { } inschrijving && inschrijving != dossier.Gemeente)
        {
            yield return new TextElement(new LocalizedText(
                $"Let op: de BRP schrijft deze persoon in bij gemeente {inschrijving}, niet bij deze gemeente. Dat klopt voor een asielstatushouder die nog moet verhuizen; controleer het anders.",
                $"Note: the BRP registers this person in municipality {inschrijving}, not in this one. That is expected for an asylum permit holder who has yet to move; check it otherwise."));
        }
    }

    internal static ScreenSection InburgeringSection(Dossier dossier)
    {
        var elements = new List<ScreenElement>
        {
            new FieldElement(DossierFields.Inburgeringsplichtig, dossier.Inburgeringsplichtig),
            new FieldElement(DossierFields.Doelgroep, dossier.Doelgroep.ToString()),
            new FieldElement(DossierFields.Koppeldatum, dossier.Koppeldatum),
            new FieldElement(DossierFields.WetRegime, dossier.WetRegime.ToString()),
            new FieldElement(DossierFields.Status, dossier.Status.ToString()),
            new FieldElement(DossierFields.StatusSinds, dossier.StatusSinds),
        };
        if (dossier.AfgeslotenOp is not null)
        {
            elements.Add(new FieldElement(DossierFields.AfgeslotenOp, dossier.AfgeslotenOp));
            elements.Add(new FieldElement(DossierFields.AfsluitReden, dossier.AfsluitReden?.ToString()));
        }

        return new ScreenSection(new LocalizedText("Inburgering", "Civic integration"), elements);
    }

    private static ScreenSection StatusHistorySection(IReadOnlyList<DossierStatusWijziging> history) =>
        new(
            new LocalizedText("Verloop", "History"),
            [
                new ListElement(
                    [DossierFields.StatusSinds, DossierFields.Status with { Key = "van", Label = new LocalizedText("Van", "From") }, DossierFields.Status with { Key = "naar", Label = new LocalizedText("Naar", "To") }, DossierFields.StatusReden],
                    [.. history.Select(w => new ListRow([w.Op, w.VorigeStatus.ToString(), w.NieuweStatus.ToString(), w.Reden], null))])
                {
                    EmptyText = new LocalizedText("Het dossier is sinds de koppeling niet van status veranderd.", "The dossier has not changed status since the link."),
                },
            ]);

    private static PartialDate? ToPartialDate(string? brpText) =>
        PartialDate.TryParseBrp(brpText, out var date) ? date : null;
}
