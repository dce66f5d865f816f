using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Paging;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Portaal;

/// <summary>
/// One student in the portal, opened with the aanmelding id: the student, the onderdeel, the delivered periods (rows
/// replaced by a correction marked as such, keyset-paged), and the form to deliver a period. Not found for an aanmelding of another
/// aanbieder or gemeente.
/// </summary>
internal sealed class CursistScreen(
    InburgeringDbContext db,
    CursistToegang cursisten,
    IProcessingLog processingLog,
    ILogger<CursistScreen> logger) : IScreen
{
    public const string ScreenId = "inburgering.cursist";

    /// <summary>The delivered periods per page.</summary>
    internal const int PageSize = 50;

    /// <summary>
    /// Latest period first, then the latest receipt and the id; the cursor contains those three values. The index
    /// (gemeente, aanmelding_id, periode_van) finds the rows of one aanmelding, which are few enough to sort.
    /// </summary>
    internal static KeysetOrder<Voortgangsmelding> Order { get; } = new KeysetOrder<Voortgangsmelding>()
        .By(v => v.PeriodeTot, descending: true)
        .By(v => v.OntvangenOp, descending: true)
        .By(v => v.Id, descending: true);

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Cursist", "Student"),
        HostSlots.Page,
        InburgeringPermissions.Aanleveren);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var cursist = await cursisten.LaadAsync(request.RecordId, cancellationToken);
        if (cursist is null)
        {
            return null;
        }

        if (cursist.Dossier.IsBeperkt)
        {
            Log.RestrictedDossierRefused(logger, cursist.Dossier.Id);
            return BeperkingNotice.Content;
        }

        var aanmeldingId = cursist.Aanmelding.Id;
        var meldingen = await KeysetPaging.ReadAsync(
            db.Voortgangsmeldingen.AsNoTracking().Where(v => v.AanmeldingId == aanmeldingId),
            Order,
            request.List.After,
            PageSize,
            cancellationToken);

        // The form starts from the latest period that is still valid, which need not be on the page shown.
        var laatste = await Order
            .Apply(db.Voortgangsmeldingen.AsNoTracking().Where(v => v.AanmeldingId == aanmeldingId && v.VervangenDoorId == null))
            .FirstOrDefaultAsync(cancellationToken);

        await processingLog.RecordAsync(
            new ProcessingRecord(InburgeringProcessingActivities.Aanmelding, ProcessingOperation.Read, DossierSubject.Of(cursist.Dossier)),
            cancellationToken);

        var gegevens = new ScreenSection(
            new LocalizedText("Cursist", "Student"),
            [
                new FieldElement(DossierFields.Naam, cursist.Dossier.DisplayName),
                new FieldElement(DossierFields.Bsn, cursist.Dossier.Bsn),
                new FieldElement(PortaalFields.Onderdeel, OnderdeelCodes.Code(cursist.Aanmelding.Onderdeel)),
                new FieldElement(AanbiederFields.Aanbieder, cursist.Aanbieder.Naam),
                new FieldElement(AanbiederFields.Startdatum, cursist.Aanmelding.Startdatum),
                new FieldElement(AanbiederFields.Einddatum, cursist.Aanmelding.Einddatum),
            ]);

        return new ScreenContent([gegevens, Perioden(meldingen)])
        {
            Heading = cursist.Dossier.DisplayName,
            Actions = [LeverAanwezigheidAction.ActionId],
            ActionValues = Voorinvulling(laatste),
        };
    }

    private static ScreenSection Perioden(KeysetPage<Voortgangsmelding> meldingen)
    {
        var rows = meldingen.Rows
            .Select(v => new ListRow(
                [
                    v.PeriodeVan, v.PeriodeTot, v.UrenAangeboden, v.UrenGevolgdFysiek, v.UrenGevolgdOnline, v.UrenGeoorloofdVerzuim,
                    v.UrenOngeoorloofdVerzuim, v.NiveauLezen?.ToString(), v.NiveauLuisteren?.ToString(), v.NiveauSpreken?.ToString(),
                    v.NiveauSchrijven?.ToString(), v.VervangenDoorId is not null, v.OntvangenOp,
                ],
                null))
            .ToList();

        var list = new ListElement(
            [
                PortaalFields.PeriodeVan, PortaalFields.PeriodeTot, PortaalFields.UrenAangeboden, PortaalFields.UrenGevolgdFysiek,
                PortaalFields.UrenGevolgdOnline, PortaalFields.UrenGeoorloofdVerzuim, PortaalFields.UrenOngeoorloofdVerzuim,
                PortaalFields.NiveauLezen, PortaalFields.NiveauLuisteren, PortaalFields.NiveauSpreken, PortaalFields.NiveauSchrijven,
                PortaalFields.Gecorrigeerd, PortaalFields.OntvangenOp,
            ],
            rows)
        {
            NextPage = meldingen.Next,
            EmptyText = new LocalizedText("U hebt voor deze cursist nog niets geleverd.", "You have not delivered anything for this student yet."),
        };

        return new ScreenSection(new LocalizedText("Geleverde perioden", "Delivered periods"), [list]);
    }

    /// <summary>Returns the form values of the last delivered period, so entering it again corrects it; empty without one.</summary>
    private static Dictionary<string, string?> Voorinvulling(Voortgangsmelding? laatste)
    {
        if (laatste is null)
        {
            return [];
        }

        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [PortaalFields.PeriodeVan.Key] = Iso(laatste.PeriodeVan),
            [PortaalFields.PeriodeTot.Key] = Iso(laatste.PeriodeTot),
            [PortaalFields.UrenAangeboden.Key] = Uren(laatste.UrenAangeboden),
            [PortaalFields.UrenGevolgdFysiek.Key] = Uren(laatste.UrenGevolgdFysiek),
            [PortaalFields.UrenGevolgdOnline.Key] = Uren(laatste.UrenGevolgdOnline),
            [PortaalFields.UrenGeoorloofdVerzuim.Key] = Uren(laatste.UrenGeoorloofdVerzuim),
            [PortaalFields.UrenOngeoorloofdVerzuim.Key] = Uren(laatste.UrenOngeoorloofdVerzuim),
            [PortaalFields.NiveauLezen.Key] = laatste.NiveauLezen?.ToString(),
            [PortaalFields.NiveauLuisteren.Key] = laatste.NiveauLuisteren?.ToString(),
            [PortaalFields.NiveauSpreken.Key] = laatste.NiveauSpreken?.ToString(),
            [PortaalFields.NiveauSchrijven.Key] = laatste.NiveauSchrijven?.ToString(),
            [PortaalFields.Startdatum.Key] = laatste.Startdatum is { } start ? Iso(start) : null,
        };
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Uren(decimal uren) => uren.ToString("0.##", CultureInfo.InvariantCulture);
}
