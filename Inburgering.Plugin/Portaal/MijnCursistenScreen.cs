using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Portaal;

/// <summary>
/// The portal's list of students: the aanmeldingen of the aanbieders the user acts for, latest start first, with the
/// last delivered peildatum. Restricted and anonymised dossiers are left out. Every person shown is one Read of the
/// activity Aanmelding in the processing log.
/// </summary>
internal sealed class MijnCursistenScreen(InburgeringDbContext db, IAanbiederToegang toegang, IProcessingLog processingLog) : IScreen
{
    public const string ScreenId = "inburgering.mijn-cursisten";

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Mijn cursisten", "My students"),
        HostSlots.Navigation,
        InburgeringPermissions.Aanleveren);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var eigen = await toegang.EigenAanbiedersAsync(cancellationToken);
        if (eigen.Count == 0)
        {
            return new ScreenContent([new ScreenSection(
                new LocalizedText("Geen aanbieder", "No course provider"),
                [new TextElement(new LocalizedText(
                    "Uw account hoort bij geen actieve aanbieder van deze gemeente, dus u ziet hier geen cursisten. Neem contact op met de gemeente als dat niet klopt.",
                    "Your account belongs to no active course provider of this municipality, so you see no students here. Contact the municipality if that is wrong."))])]);
        }

        var eigenIds = eigen.Select(a => a.Id).ToList();
        var query = db.Aanmeldingen.AsNoTracking()
            .Where(m => eigenIds.Contains(m.AanbiederId)
                && db.Dossiers.Any(d => d.Id == m.DossierId && d.GeanonimiseerdOp == null && d.BeperktOp == null));
        var pagina = await AanmeldingPagina.LeesAsync(query, request.List.After, cancellationToken);

        var dossierIds = pagina.Aanmeldingen.Select(m => m.DossierId).Distinct().ToList();
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => dossierIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var aanmeldingIds = pagina.Aanmeldingen.Select(m => m.Id).ToList();
        var peildata = await db.Voortgangsmeldingen.AsNoTracking()
            .Where(v => aanmeldingIds.Contains(v.AanmeldingId) && v.VervangenDoorId == null)
            .GroupBy(v => v.AanmeldingId)
            .Select(g => new { AanmeldingId = g.Key, Peildatum = g.Max(v => v.PeriodeTot) })
            .ToDictionaryAsync(g => g.AanmeldingId, g => g.Peildatum, cancellationToken);

        await processingLog.RecordAllAsync(
            [.. dossiers.Values.Select(d => new ProcessingRecord(InburgeringProcessingActivities.Aanmelding, ProcessingOperation.Read, DossierSubject.Of(d)))],
            cancellationToken);

        var rows = pagina.Aanmeldingen
            .Select(m => new ListRow(
                [
                    dossiers[m.DossierId].DisplayName,
                    dossiers[m.DossierId].Bsn,
                    OnderdeelCodes.Code(m.Onderdeel),
                    m.Startdatum,
                    m.Einddatum,
                    peildata.TryGetValue(m.Id, out var peildatum) ? peildatum : null,
                ],
                new ScreenLink(CursistScreen.ScreenId, m.Id.ToString())))
            .ToList();

        var list = new ListElement(
            [DossierFields.Naam, DossierFields.Bsn, PortaalFields.Onderdeel, AanbiederFields.Startdatum, AanbiederFields.Einddatum, PortaalFields.LaatstePeildatum],
            rows)
        {
            EmptyText = new LocalizedText("De gemeente heeft nog geen cursisten bij u aangemeld.", "The municipality has not referred any students to you yet."),
            NextPage = pagina.Volgende,
        };

        return new ScreenContent([new ScreenSection(new LocalizedText("Cursisten die de gemeente bij u heeft aangemeld", "Students the municipality referred to you"), [list])]);
    }
}
