using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>
/// The aanmeldingen of one dossier, opened with the dossier id, latest start first, with the actions to refer the
/// inburgeraar to an aanbieder and to end a referral while the dossier is open.
/// </summary>
internal sealed class AanmeldingenScreen(InburgeringDbContext db, IProcessingLog processingLog, ILogger<AanmeldingenScreen> logger) : IScreen
{
    public const string ScreenId = Screens.DossierOnderdelen.AanmeldingenScreenId;

    private static readonly FieldDefinition s_aanbiederNaam =
        new("aanbieder", new LocalizedText("Aanbieder", "Course provider"), FieldType.Text) { Privacy = PrivacyClass.Normal };

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Aanmeldingen bij aanbieders", "Referrals to course providers"),
        HostSlots.Page,
        InburgeringPermissions.VoortgangView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, refusal) = await DossierRead.LoadAsync(db, request, processingLog, InburgeringProcessingActivities.Aanmelding, logger, cancellationToken);
        if (dossier is null)
        {
            return refusal;
        }

        var pagina = await AanmeldingPagina.LeesAsync(db.Aanmeldingen.AsNoTracking().Where(m => m.DossierId == dossier.Id), request.List.After, cancellationToken);
        var aanbiederIds = pagina.Aanmeldingen.Select(m => m.AanbiederId).Distinct().ToList();
        var aanbieders = await db.Aanbieders.AsNoTracking().Where(a => aanbiederIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);

        var rows = pagina.Aanmeldingen
            .Select(m => new ListRow(
                [AanmeldingNummer.Van(m), aanbieders[m.AanbiederId].Naam, OnderdeelCodes.Code(m.Onderdeel), m.Startdatum, m.Einddatum],
                new ScreenLink(AanbiederScreen.ScreenId, m.AanbiederId.ToString())))
            .ToList();
        var list = new ListElement(
            [AanbiederFields.Aanmeldingsnummer, s_aanbiederNaam, AanbiederFields.Onderdeel, AanbiederFields.Startdatum, AanbiederFields.Einddatum],
            rows)
        {
            EmptyText = new LocalizedText("Deze inburgeraar is nog bij geen aanbieder aangemeld.", "This integration client has not been referred to a course provider yet."),
            NextPage = pagina.Volgende,
        };

        var sections = new List<ScreenSection> { new(new LocalizedText("Aanmeldingen", "Referrals"), [list]) };
        if (dossier.Status.IsFinal())
        {
            sections.Add(new ScreenSection(
                new LocalizedText("Dossier afgesloten", "Dossier closed"),
                [new TextElement(AanmeldingEditor.Afgesloten.Message)]));
            return new ScreenContent(sections) { Heading = dossier.DisplayName };
        }

        var lopend = await db.Aanmeldingen.AsNoTracking().Where(m => m.DossierId == dossier.Id && m.Einddatum == null).ToListAsync(cancellationToken);

        return new ScreenContent(sections)
        {
            Heading = dossier.DisplayName,
            Actions = lopend.Count > 0 ? [MeldAanAction.ActionId, BeeindigAanmeldingAction.ActionId] : [MeldAanAction.ActionId],
            ActionValues = lopend.Count == 1
                ? new Dictionary<string, string?> { [AanbiederFields.Aanmeldingsnummer.Key] = AanmeldingNummer.Van(lopend[0]) }
                : new Dictionary<string, string?>(),
            Version = DossierEdit.VersionOf(dossier),
        };
    }
}
