using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Handhaving;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Termijn;

/// <summary>
/// The termijn and handhaving of one dossier, opened with the dossier id: the termijn with its verlengingen, ontheffing
/// and vrijstelling, voldaan and, for users with <see cref="InburgeringPermissions.HandhavingView"/>, the facts,
/// proposals and decisions of handhaving. A restricted dossier is refused with a notice, and an anonymised one is not
/// found.
/// </summary>
internal sealed class TermijnScreen(
    InburgeringDbContext db,
    IVoortgangVoorVoldaan voortgang,
    IProcessingLog processingLog,
    ICurrentUser user,
    ILogger<TermijnScreen> logger) : IScreen
{
    public ScreenDefinition Definition { get; } = new(
        DossierOnderdelen.TermijnScreenId,
        new LocalizedText("Termijn en handhaving", "Term and enforcement"),
        HostSlots.Page,
        InburgeringPermissions.TermijnView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        var (dossier, refusal) = await DossierRead.LoadAsync(db, request, processingLog, InburgeringProcessingActivities.Handhaving, logger, cancellationToken);
        if (dossier is null)
        {
            return refusal;
        }

        var verlengingen = await db.Verlengingen.AsNoTracking().Where(v => v.DossierId == dossier.Id).OrderBy(v => v.Volgnummer).ToListAsync(cancellationToken);
        var geenVerwijten = await db.GeenVerwijten.AsNoTracking().Where(g => g.DossierId == dossier.Id).OrderBy(g => g.VastgesteldOp).ThenBy(g => g.Id).ToListAsync(cancellationToken);
        var ontheffingen = await db.Ontheffingen.AsNoTracking().Where(o => o.DossierId == dossier.Id).OrderBy(o => o.Besluitdatum).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        var uitkomst = dossier.Status == DossierStatus.InTraject
            ? VoldaanCheck.Beoordeel(await voortgang.VoorDossierAsync(dossier.Id, cancellationToken))
            : null;

        var sections = new List<ScreenSection>
        {
            TermijnSections.Termijn(dossier, verlengingen, geenVerwijten),
            TermijnSections.Verlengingen(verlengingen),
            TermijnSections.Ontheffingen(ontheffingen),
            TermijnSections.Voldaan(dossier, uitkomst),
        };

        var handhaving = user.HasPermission(InburgeringPermissions.HandhavingView);
        if (handhaving)
        {
            var feiten = await db.HandhavingFeiten.AsNoTracking().Where(f => f.DossierId == dossier.Id).OrderBy(f => f.Datum).ThenBy(f => f.Id).ToListAsync(cancellationToken);
            var besluiten = await db.HandhavingBesluiten.AsNoTracking().Where(b => b.DossierId == dossier.Id).OrderBy(b => b.Besluitdatum).ThenBy(b => b.Id).ToListAsync(cancellationToken);
            sections.Add(HandhavingSection.For(dossier, feiten, besluiten));
        }

        return new ScreenContent(sections)
        {
            Heading = dossier.DisplayName,
            Actions = ActionsFor(dossier, handhaving),
            Version = DossierEdit.VersionOf(dossier),
        };
    }

    /// <summary>Returns the actions that fit the dossier's state. The host checks each action's permission.</summary>
    private static List<string> ActionsFor(Dossier dossier, bool handhaving)
    {
        var actions = new List<string>();
        if (dossier.Status.IsFinal())
        {
            return actions;
        }

        if (dossier.Termijn is not null)
        {
            actions.Add(VerlengTermijnAction.ActionId);
            actions.Add(LegGeenVerwijtVastAction.ActionId);
        }

        if (dossier.Status == DossierStatus.InTraject)
        {
            actions.Add(StelVoldaanVastAction.ActionId);
        }

        actions.Add(LegOntheffingVastAction.ActionId);
        actions.Add(LegVrijstellingVastAction.ActionId);

        if (!handhaving)
        {
            return actions;
        }

        actions.Add(LegNietDeelgenomenIntakeVastAction.ActionId);
        if (dossier.Termijn is not null)
        {
            actions.Add(LegPipNietNagekomenVastAction.ActionId);
        }

        if (dossier.Doelgroep == Doelgroep.Asielstatushouder)
        {
            actions.Add(LegUitzonderlijkGevalVastAction.ActionId);
        }

        actions.Add(LegHandhavingsbesluitVastAction.ActionId);
        return actions;
    }
}
