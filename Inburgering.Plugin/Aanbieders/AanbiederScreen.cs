using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>
/// One aanbieder, opened with its id: its details, the action to change them, and, for users who may see dossiers, its
/// aanmeldingen with links to the dossiers. A functioneel beheerder manages aanbieders without seeing who is referred.
/// Every person the list shows is one Read of the activity Aanmelding in the processing log.
/// </summary>
internal sealed class AanbiederScreen(InburgeringDbContext db, IProcessingLog processingLog, ICurrentUser user) : IScreen
{
    public const string ScreenId = "inburgering.aanbieder";

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Aanbieder", "Course provider"),
        HostSlots.Page,
        InburgeringPermissions.AanbiedersView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!Guid.TryParse(request.RecordId, out var aanbiederId)
            || await db.Aanbieders.AsNoTracking().SingleOrDefaultAsync(a => a.Id == aanbiederId, cancellationToken) is not { } aanbieder)
        {
            return null;
        }

        var details = new ScreenSection(
            new LocalizedText("Gegevens", "Details"),
            [
                new FieldElement(AanbiederFields.Naam, aanbieder.Naam),
                new FieldElement(AanbiederFields.KvkNummer, aanbieder.KvkNummer),
                new FieldElement(AanbiederFields.Vestigingsnummer, aanbieder.Vestigingsnummer),
                new FieldElement(AanbiederFields.Keurmerk, aanbieder.Keurmerk),
                new FieldElement(AanbiederFields.Actief, aanbieder.Actief),
            ]);
        List<ScreenSection> sections = [details];

        if (user.HasPermission(InburgeringPermissions.DossierView))
        {
            sections.Add(await AanmeldingenAsync(aanbieder, request.List.After, cancellationToken));
        }

        return new ScreenContent(sections)
        {
            Heading = aanbieder.Naam,
            Actions = [WijzigAanbiederAction.ActionId],
            ActionValues = new Dictionary<string, string?>
            {
                [AanbiederFields.Naam.Key] = aanbieder.Naam,
                [AanbiederFields.Keurmerk.Key] = aanbieder.Keurmerk ? "true" : "false",
                [AanbiederFields.Actief.Key] = aanbieder.Actief ? "true" : "false",
            },
            Version = AanbiederVersie.Van(aanbieder),
        };
    }

    private async Task<ScreenSection> AanmeldingenAsync(Aanbieder aanbieder, string? after, CancellationToken cancellationToken)
    {
        var pagina = await AanmeldingPagina.LeesAsync(
            db.Aanmeldingen.AsNoTracking().Where(m => m.AanbiederId == aanbieder.Id),
            after,
            cancellationToken);
        var dossierIds = pagina.Aanmeldingen.Select(m => m.DossierId).Distinct().ToList();
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => dossierIds.Contains(d.Id) && d.GeanonimiseerdOp == null)
            .ToDictionaryAsync(d => d.Id, cancellationToken);

        var reads = dossiers.Values
            .Where(d => !d.IsBeperkt)
            .Select(d => new ProcessingRecord(InburgeringProcessingActivities.Aanmelding, ProcessingOperation.Read, DossierSubject.Of(d)));
        await processingLog.RecordAllAsync([.. reads], cancellationToken);

        return Aanmeldingen(pagina, dossiers);
    }

    private static ScreenSection Aanmeldingen(AanmeldingPagina pagina, Dictionary<Guid, Dossier> dossiers)
    {
        var rows = pagina.Aanmeldingen
            .Where(m => dossiers.ContainsKey(m.DossierId))
            .Select(m => dossiers[m.DossierId] is { IsBeperkt: false } dossier
                ? new ListRow(
                    [dossier.DisplayName, OnderdeelCodes.Code(m.Onderdeel), m.Startdatum, m.Einddatum],
                    new ScreenLink(DossierScreen.ScreenId, dossier.Id.ToString()))
                : new ListRow([DossierFields.BeperktStatusCode, OnderdeelCodes.Code(m.Onderdeel), m.Startdatum, m.Einddatum], null))
            .ToList();

        var list = new ListElement([DossierFields.Naam, AanbiederFields.Onderdeel, AanbiederFields.Startdatum, AanbiederFields.Einddatum], rows)
        {
            EmptyText = new LocalizedText("Er zijn nog geen inburgeraars bij deze aanbieder aangemeld.", "No integration clients have been referred to this provider yet."),
            NextPage = pagina.Volgende,
        };

        return new ScreenSection(new LocalizedText("Aanmeldingen", "Referrals"), [list]);
    }
}
